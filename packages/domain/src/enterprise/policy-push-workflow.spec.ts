import { LegalRefusal } from '../law/legal-refusal';
import { PolicyPushStatus, PolicyPushStep, takePolicyPushStep } from './policy-push-workflow';

const COMPOSER = 7;
const APPROVER = 8;
const at = (status: PolicyPushStatus) => ({ status, composedBy: COMPOSER });

function refusal(run: () => unknown): LegalRefusal {
  try {
    run();
  } catch (error) {
    if (error instanceof LegalRefusal) return error;
    throw error;
  }
  throw new Error('not refused');
}

describe('a push from composition to approval', () => {
  it.each`
    edge                                                     | status         | step         | staff        | after
    ${'a second person approves it'}                         | ${'submitted'} | ${'approve'} | ${APPROVER}  | ${'approved'}
    ${'a second person returns it'}                          | ${'submitted'} | ${'return'}  | ${APPROVER}  | ${'returned'}
    ${'the composer edits a returned push: back for approval'} | ${'returned'} | ${'edit'}    | ${COMPOSER}  | ${'submitted'}
    ${'the composer edits it while it waits'}                | ${'submitted'} | ${'edit'}    | ${COMPOSER}  | ${'submitted'}
    ${'an approved push is cancelled before sending'}        | ${'approved'}  | ${'cancel'}  | ${APPROVER}  | ${'cancelled'}
    ${'a returned push is cancelled'}                        | ${'returned'}  | ${'cancel'}  | ${COMPOSER}  | ${'cancelled'}
  `('$edge', ({ status, step, staff, after }) => {
    expect(takePolicyPushStep(at(status), step as PolicyPushStep, staff)).toBe(after);
  });

  it.each`
    edge                                           | status         | step         | staff       | code                          | message
    ${'the composer approving their own push'}     | ${'submitted'} | ${'approve'} | ${COMPOSER} | ${'FOUR_EYES_REQUIRED'}       | ${'推送须由撰写人以外的另一位工作人员审核，不能审核自己撰写的推送（《政府信息公开条例》第十七条）'}
    ${'approving a returned push before its edit'} | ${'returned'}  | ${'approve'} | ${APPROVER} | ${'POLICY_PUSH_WRONG_STATUS'} | ${'只有待审核的推送可以审核（当前：已退回）'}
    ${'the approver rewriting a returned push'}    | ${'returned'}  | ${'edit'}    | ${APPROVER} | ${'POLICY_PUSH_NOT_COMPOSER'} | ${'只有撰写人可以修改推送；如需改动，请退回给撰写人'}
    ${'editing what was approved'}                 | ${'approved'}  | ${'edit'}    | ${COMPOSER} | ${'POLICY_PUSH_WRONG_STATUS'} | ${'只有待审核或已退回的推送可以修改（当前：已审核待发送）'}
    ${'returning twice'}                           | ${'returned'}  | ${'return'}  | ${APPROVER} | ${'POLICY_PUSH_WRONG_STATUS'} | ${'只有待审核的推送可以退回（当前：已退回）'}
    ${'cancelling what is being sent'}             | ${'sending'}   | ${'cancel'}  | ${APPROVER} | ${'POLICY_PUSH_WRONG_STATUS'} | ${'推送已开始发送或已结束，不能取消（当前：发送中）'}
  `('refuses $edge', ({ status, step, staff, code, message }) => {
    expect(refusal(() => takePolicyPushStep(at(status), step as PolicyPushStep, staff))).toMatchObject({ code, message });
  });
});
