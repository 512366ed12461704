import { qualificationKindOf } from './qualification-kind-of';

describe('qualificationKindOf', () => {
  it.each`
    edge                                        | name                           | kind
    ${'the kind itself'}                        | ${'highTech'}                  | ${'highTech'}
    ${'the Chinese name'}                       | ${'高新技术企业'}              | ${'highTech'}
    ${'the Chinese name without 企业'}          | ${'专精特新中小企业'}          | ${'specializedSme'}
    ${'little giant with straight quotes'}      | ${'专精特新"小巨人"'}          | ${'littleGiant'}
    ${'little giant as the label prints it'}    | ${'专精特新“小巨人”企业'}      | ${'littleGiant'}
    ${'manufacturing champion without 企业'}    | ${'制造业单项冠军'}            | ${'manufacturingChampion'}
    ${'something else'}                         | ${'瞪羚企业'}                  | ${null}
    ${'a prototype key'}                        | ${'constructor'}               | ${null}
  `('$edge', ({ name, kind }) => {
    expect(qualificationKindOf(name)).toBe(kind);
  });
});
