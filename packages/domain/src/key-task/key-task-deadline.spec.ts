import { parseKeyTaskDeadline } from './key-task-deadline';

describe('parseKeyTaskDeadline', () => {
  it.each`
    edge                                                   | words                            | year    | deadline
    ${'全年 is a task of the whole year'}                  | ${'全年'}                        | ${2024} | ${{ kind: 'continuous', dueDate: null, words: '全年' }}
    ${'全年持续推进 likewise'}                             | ${'全年持续推进'}                | ${2024} | ${{ kind: 'continuous', dueDate: null }}
    ${'长期坚持 alone has no day'}                         | ${'长期坚持'}                    | ${2024} | ${{ kind: 'continuous', dueDate: null }}
    ${'finished by year end, then kept up'}                | ${'2024年底前完成，长期坚持'}    | ${2024} | ${{ kind: 'date', dueDate: '2024-12-31', words: '2024年底前完成，长期坚持' }}
    ${'PDF spaces inside the words (seed 002)'}            | ${'2024年底 前完 成，长期坚持'}  | ${2024} | ${{ kind: 'date', dueDate: '2024-12-31', words: '2024年底 前完 成，长期坚持' }}
    ${'年底前 takes the plan year'}                        | ${'年底前'}                      | ${2025} | ${{ kind: 'date', dueDate: '2025-12-31' }}
    ${'6月底前: 30 June'}                                  | ${'2024年6月底前'}               | ${2024} | ${{ kind: 'date', dueDate: '2024-06-30' }}
    ${'2月底 of a leap year is the 29th'}                  | ${'2月底前'}                     | ${2024} | ${{ kind: 'date', dueDate: '2024-02-29' }}
    ${'2月底 of a common year is the 28th'}                | ${'2月底前'}                     | ${2025} | ${{ kind: 'date', dueDate: '2025-02-28' }}
    ${'a named day'}                                       | ${'2024年9月15日前'}             | ${2024} | ${{ kind: 'date', dueDate: '2024-09-15' }}
    ${'上半年 ends 30 June'}                               | ${'上半年'}                      | ${2024} | ${{ kind: 'date', dueDate: '2024-06-30' }}
    ${'第三季度 ends 30 September'}                        | ${'第三季度'}                    | ${2024} | ${{ kind: 'date', dueDate: '2024-09-30' }}
    ${'a year other than the plan year is kept'}           | ${'2025年3月底前'}               | ${2024} | ${{ kind: 'date', dueDate: '2025-03-31' }}
  `('$edge', ({ words, year, deadline }) => {
    expect(parseKeyTaskDeadline(words, year)).toMatchObject(deadline);
  });

  it.each`
    edge                               | words
    ${'no words'}                      | ${''}
    ${'words that are no deadline'}    | ${'视情况而定'}
    ${'a day that does not exist'}     | ${'2月30日前'}
    ${'a month that does not exist'}   | ${'13月底前'}
  `('$edge is left to a person', ({ words }) => {
    expect(parseKeyTaskDeadline(words, 2024)).toBeNull();
  });
});
