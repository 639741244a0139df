/**
 * 第5条（権利義務譲渡の禁止）
 *
 * 「契約者は、当社の事前の書面による承諾を得た場合を除き、利用契約上の地位、利用契約に基づく権利又は義務の
 * 全部又は一部を第三者に譲渡してはならないものとします。」
 */
import { describe, expect, it } from 'vitest';
import { ARTICLE_5, ASSIGNMENT_SUBJECTS, assignmentPermitted } from '../../src/index.js';
import { expectTermsError } from '../support/assert.js';
import { expectVerbatim } from '../support/provision-text.js';

describe('第5条: assignment needs the company’s prior written consent', () => {
  it('prior written consent permits it', () => {
    expect(assignmentPermitted({ consent: 'written', consentBeforeAssignment: true })).toEqual({
      permitted: true,
      reason: 'prior-written-consent',
      basis: ['5'],
    });
  });

  it('no consent does not', () => {
    expect(assignmentPermitted({ consent: 'none' })).toEqual({ permitted: false, reason: 'no-consent', basis: ['5'] });
  });

  it('oral consent does not, even if prior (書面による)', () => {
    expect(assignmentPermitted({ consent: 'oral', consentBeforeAssignment: true })).toMatchObject({
      permitted: false,
      reason: 'consent-not-in-writing',
    });
  });

  it('written consent given only after the assignment does not (事前の)', () => {
    expect(assignmentPermitted({ consent: 'written', consentBeforeAssignment: false })).toMatchObject({
      permitted: false,
      reason: 'consent-not-prior',
    });
  });

  it('only the one combination of facts permits it', () => {
    for (const consent of ['none', 'oral', 'written'] as const) {
      for (const consentBeforeAssignment of [true, false]) {
        expect(assignmentPermitted({ consent, consentBeforeAssignment }).permitted).toBe(
          consent === 'written' && consentBeforeAssignment,
        );
      }
    }
  });

  it('covers the position under the contract and the rights or obligations under it', () => {
    expect(ASSIGNMENT_SUBJECTS.map((s) => s.id)).toEqual(['position', 'rights-or-obligations']);
    expectVerbatim(ASSIGNMENT_SUBJECTS);
  });

  it('needs to know when consent was given, and refuses other kinds of consent', () => {
    expectTermsError(() => assignmentPermitted({ consent: 'written' }), 'consentBeforeAssignment');
    expectTermsError(() => assignmentPermitted({ consent: 'implied' } as never), 'consent');
    expectTermsError(
      () => assignmentPermitted({ consent: 'written', consentBeforeAssignment: 'yes' } as never),
      'consentBeforeAssignment',
    );
  });
});

describe('ARTICLE_5', () => {
  it('is a single-paragraph article in both versions', () => {
    expect(ARTICLE_5).toEqual({
      number: 5,
      title: '権利義務譲渡の禁止',
      provisions: ['5'],
      versions: ['2017-03-01', '2019-06-01'],
    });
  });
});
