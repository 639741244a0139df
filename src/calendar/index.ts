// The calendar: national holidays, bank holidays, business days, support hours.
// Each block lists what the package exports from a module; the trusted
// internal functions (isNationalHolidayDate, isBankHolidayDate, shiftDueDate,
// isBusinessDate …) are imported from the modules themselves by the layers above.
export {
  FIRST_HOLIDAY_YEAR,
  LAST_HOLIDAY_YEAR,
  type HolidayKind,
  type NationalHoliday,
} from './holiday-law.js';
export {
  isNationalHoliday,
  nationalHolidays,
  type IsNationalHolidayInput,
  type IsNationalHolidayResult,
  type NationalHolidaysInput,
  type NationalHolidaysResult,
} from './national-holidays.js';
export {
  isBankHoliday,
  shiftedDueDate,
  type IsBankHolidayInput,
  type IsBankHolidayResult,
  type ShiftedDueDateInput,
  type ShiftedDueDateResult,
} from './bank.js';
