/**
 * The ledger's sharing of one payment among amounts due the same day or named by one
 * designation (民法488条4項4号, I-15): {@link shareOf} and its case of one due day,
 * {@link groupTake}. Internal to the ledger (ledger.ts).
 *
 * @module
 */
import type { CalendarDate } from '../core/calendar-date.js';
import { Dec, type Yen } from '../core/money.js';
import { mulDivYen } from '../core/mul-div.js';
import {
  accrueOf,
  applyPaymentOf,
  isOpenAccount,
  owedOf,
  type InterestTerms,
  type OverdueAccount,
} from '../articles/article-26.js';

/**
 * {@link shareOf} for the open accounts among `from`…`end` (one due day), with no list made in
 * the usual case: one open account takes what it can; when `amount` covers them all, each takes
 * what it owes (accrued to `on`, as shareOf does). Only a payment short of the day's total makes
 * the list and shares it. Returns what they took.
 */
export function groupTake(
  accounts: readonly OverdueAccount[],
  from: number,
  end: number,
  on: CalendarDate,
  amount: Yen,
  terms: InterestTerms,
): Yen {
  let open = 0;
  let only = -1;
  for (let i = from; i < end; i++)
    if (isOpenAccount(accounts[i] as OverdueAccount)) {
      open++;
      only = i;
    }
  if (open === 0) return 0;
  if (open === 1) return applyPaymentOf(accounts[only] as OverdueAccount, on, amount, terms);
  let total = 0;
  for (let i = from; i < end; i++) {
    const account = accounts[i] as OverdueAccount;
    if (!isOpenAccount(account)) continue;
    accrueOf(account, on, terms);
    total += owedOf(account, terms);
  }
  if (total === 0) return 0;
  if (amount < total) {
    const group: number[] = [];
    for (let i = from; i < end; i++) if (isOpenAccount(accounts[i] as OverdueAccount)) group.push(i);
    return shareOf(accounts, group, on, amount, terms);
  }
  for (let i = from; i < end; i++) {
    const account = accounts[i] as OverdueAccount;
    if (isOpenAccount(account)) applyPaymentOf(account, on, owedOf(account, terms), terms);
  }
  return total;
}

/**
 * Applies `amount` paid on `on` to the accounts at `at` (open, due the same day or named by
 * one designation): in full when it covers them all, else in proportion to what each owes
 * (民法488条4項4号) — whole yen, the yen left by the shares' fractions going to the largest
 * fractions first (ties: the earlier listed). Returns what they took.
 */
export function shareOf(
  accounts: readonly OverdueAccount[],
  at: readonly number[],
  on: CalendarDate,
  amount: Yen,
  terms: InterestTerms,
): Yen {
  const n = at.length;
  if (n === 1) return applyPaymentOf(accounts[at[0] as number] as OverdueAccount, on, amount, terms);
  // Plain loops and no lists: this runs for every payment reaching a day of several amounts due.
  // What an account owes is read again where needed (`owedOf`: the same until it is paid).
  let total = 0;
  for (let k = 0; k < n; k++) {
    const account = accounts[at[k] as number] as OverdueAccount;
    accrueOf(account, on, terms);
    total += owedOf(account, terms);
  }
  if (total === 0) return 0;
  if (amount >= total) {
    for (let k = 0; k < n; k++) {
      const account = accounts[at[k] as number] as OverdueAccount;
      applyPaymentOf(account, on, owedOf(account, terms), terms);
    }
    return total;
  }
  if (n <= MARKED_MAX) {
    const taken = sharedInPlace(accounts, at, on, amount, total, terms);
    if (taken >= 0) return taken;
  }
  return sharedByLists(accounts, at, on, amount, total, terms);
}

/** The most accounts {@link sharedInPlace} marks in the bits of one small integer. */
const MARKED_MAX = 30;

/**
 * {@link shareOf}'s proportional shares when every product `amount × owed` is a safe integer
 * (the usual case), with no list made: the accounts given a yen of the rest are marked in the
 * bits of `given`. Returns what they took, or -1 (nothing applied) when a product is not safe.
 */
function sharedInPlace(
  accounts: readonly OverdueAccount[],
  at: readonly number[],
  on: CalendarDate,
  amount: Yen,
  total: Yen,
  terms: InterestTerms,
): Yen {
  const n = at.length;
  let rest = amount;
  for (let k = 0; k < n; k++) {
    const x = owedOf(accounts[at[k] as number] as OverdueAccount, terms);
    if (!Number.isSafeInteger(amount * x)) return -1;
    rest -= mulDivYen(amount, x, total, 'floor');
  }
  // The yen left (fewer than n) go to the largest fractions first, ties in listed order; each
  // fraction as a whole number over `total`, exact here.
  let given = 0;
  for (; rest > 0; rest--) {
    let best = -1;
    let bestFraction = 0;
    for (let k = 0; k < n; k++) {
      if ((given & (1 << k)) !== 0) continue;
      const x = owedOf(accounts[at[k] as number] as OverdueAccount, terms);
      const fraction = amount * x - mulDivYen(amount, x, total, 'floor') * total;
      if (best < 0 || fraction > bestFraction) {
        best = k;
        bestFraction = fraction;
      }
    }
    given |= 1 << best;
  }
  let taken = 0;
  for (let k = 0; k < n; k++) {
    const account = accounts[at[k] as number] as OverdueAccount;
    const share = mulDivYen(amount, owedOf(account, terms), total, 'floor') + ((given >> k) & 1);
    taken += applyPaymentOf(account, on, share, terms);
  }
  return taken;
}

/** {@link shareOf}'s proportional shares in lists: many accounts, or products beyond the safe integers. */
function sharedByLists(
  accounts: readonly OverdueAccount[],
  at: readonly number[],
  on: CalendarDate,
  amount: Yen,
  total: Yen,
  terms: InterestTerms,
): Yen {
  const n = at.length;
  const owed: Yen[] = [];
  for (let k = 0; k < n; k++) owed.push(owedOf(accounts[at[k] as number] as OverdueAccount, terms));
  const shares: Yen[] = [];
  let rest = amount;
  let exact = true;
  for (let k = 0; k < n; k++) {
    const x = owed[k] as Yen;
    const share = mulDivYen(amount, x, total, 'floor');
    shares.push(share);
    rest -= share;
    if (!Number.isSafeInteger(amount * x)) exact = false;
  }
  // The yen left by the shares' fractions (fewer than n) go to the largest fractions first,
  // ties in listed order. Each fraction as a whole number over `total`: exact with numbers when
  // the products are safe integers, with decimal.js otherwise.
  if (rest > 0 && exact) {
    const f: number[] = [];
    for (let k = 0; k < n; k++) f.push(amount * (owed[k] as Yen) - (shares[k] as Yen) * total);
    for (; rest > 0; rest--) {
      let best = -1;
      for (let k = 0; k < n; k++) {
        const x = f[k] as number;
        if (x >= 0 && (best < 0 || x > (f[best] as number))) best = k;
      }
      shares[best] = (shares[best] as Yen) + 1;
      f[best] = -1; // given its yen
    }
  } else if (rest > 0) {
    const byFraction = owed.map((_, k) => k);
    const f = owed.map((x, k) => new Dec(amount).times(x).minus(new Dec(shares[k] as Yen).times(total)));
    byFraction.sort((a, b) => (f[b] as Dec).comparedTo(f[a] as Dec) || a - b);
    for (const k of byFraction) {
      if (rest === 0) break;
      shares[k] = (shares[k] as Yen) + 1;
      rest -= 1;
    }
  }
  let taken = 0;
  for (let k = 0; k < n; k++)
    taken += applyPaymentOf(accounts[at[k] as number] as OverdueAccount, on, shares[k] as Yen, terms);
  return taken;
}
