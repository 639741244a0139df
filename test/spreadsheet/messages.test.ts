/**
 * Issue 18 §1 in the spreadsheet: what the library refuses is said with the library's
 * Japanese catalogue, the field named by its Japanese label.
 */
import { describe, expect, it } from 'vitest';
import { TermsError, customerTermination, lateInterest } from '../../src/index.js';
import { errorMessage } from '../../src/spreadsheet/messages.js';

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}

const LABELS: Record<string, string> = {
  noticeReceivedOn: '解約通知の到達日',
  requestedDate: '解約希望日',
  paidOn: '支払日',
};
const labelOf = (path: string) => LABELS[path] ?? path;

describe('errorMessage: the library’s Japanese catalogue', () => {
  it('a date order of 第13条 names both fields by their labels', () => {
    const e = thrown(() => customerTermination({ noticeReceivedOn: '2027-05-20', requestedDate: '2027-05-01' }));
    expect(errorMessage(e, labelOf)).toBe(
      "#入力エラー: 解約希望日には解約通知の到達日（2027-05-20）以降の日付を指定してください（入力: '2027-05-01'）",
    );
  });

  it('a value the library does not take says what was expected', () => {
    const e = thrown(() => lateInterest({ amount: 1, dueDate: '2027-05-31', paidOn: '2027-06-31' }));
    expect(errorMessage(e, labelOf)).toBe(
      "#入力エラー: 支払日には日付（YYYY-MM-DD）を指定してください（入力: '2027-06-31'）",
    );
  });

  it('a note of the script’s own still wins for its path, and a code without a kind gets the code’s sentence', () => {
    const e = thrown(() => customerTermination({ noticeReceivedOn: '2027-05-20', requestedDate: '2027-05-01' }));
    expect(errorMessage(e, labelOf, { requestedDate: '解約希望日が解約通知の到達日より前です' })).toBe(
      '#入力エラー: 解約希望日が解約通知の到達日より前です',
    );
    expect(errorMessage(new TermsError('TERMS_NOT_IN_FORCE', [{ path: 'date', message: 'm' }]), () => '日付')).toBe(
      '#約款エラー: 日付が約款の制定日（2017年3月1日）より前です',
    );
    expect(errorMessage(new Error('x'), labelOf)).toBe('#内部エラー: 計算できませんでした');
  });
});
