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
export {
  addBusinessDays,
  businessDaysBetween,
  isBusinessDay,
  nextBusinessDay,
  type AddBusinessDaysInput,
  type BusinessDayResult,
  type BusinessDaysBetweenInput,
  type BusinessDaysBetweenResult,
  type IsBusinessDayInput,
  type IsBusinessDayResult,
  type NextBusinessDayInput,
} from './business-days.js';
export {
  SUPPORT_CLOSES_AT_HOUR,
  SUPPORT_OPENS_AT_HOUR,
  faxHandlingStart,
  isSupportOpen,
  nextSupportOpening,
  type FaxHandlingStartInput,
  type FaxHandlingStartResult,
  type IsSupportOpenResult,
  type NextSupportOpeningResult,
  type SupportHoursInput,
  type SupportService,
} from './support-hours.js';
