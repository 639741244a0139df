/**
 * cloud-ops-terms — the クラウド運用代行サービス利用約款 of 株式会社ディレクターズ as
 * typed, pure functions. This file only re-exports.
 *
 * @packageDocumentation
 */
export * from './core/index.js';
export * from './calendar/index.js';
export * from './articles/index.js';
export * from './lifecycle/index.js';
