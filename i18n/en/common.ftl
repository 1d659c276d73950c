# Common: header, footer, settings, error pages.
app-name = Teilhabe Norderstedt
app-skip-link = Skip to main content
app-title-suffix = Teilhabe Norderstedt
app-footer-text = A service of the City of Norderstedt. All courses are free.
app-back = Back
app-continue = Continue
app-loading = Loading …
app-error-title-prefix = Error
app-error-summary-title = There is a problem
app-error-network = The connection did not work. Please try again.
app-not-found-title = This page does not exist
app-not-found-text = The link may be old or mistyped.
app-not-found-home = Go to the home page

app-read-aloud = Read aloud
app-footer-nav-label = More pages

settings-open = Settings
settings-title = Language and display
settings-language = Language
settings-text-size = Text size
settings-text-normal = Normal
settings-text-large = Large
settings-text-largest = Very large
settings-display = Display
settings-contrast = High contrast
settings-motion = Less motion
settings-close = Done

help-title = Help by phone or in person
help-intro = Would you rather talk to a person? The programme office is glad to help. We can also sign you up for a course.
help-phone-label = Phone
help-phone-number = 040 535 95-0
help-email-label = E-mail
help-email-address = teilhabe@norderstedt.de
help-hours-label = Opening hours
help-hours = Monday to Friday, 9 am to 12 noon, Thursday also 2 pm to 5 pm
help-place-label = In person
help-place = Norderstedt Town Hall, Rathausallee 50, citizens' office on the ground floor

problem-not-found = We could not find that.
problem-session-not-found = This course does not exist.
problem-session-exists = This course already exists.
problem-session-invalid = The course details do not fit together.
problem-registration-closed = You can no longer sign up for this course. It has already started.
problem-waitlist-full = The waiting list for this course is full. Join the interest list: we will tell you when there is a new course.
problem-booking-code-taken = That did not work. Please try again.
problem-booking-not-found = There is no booking with this code. Please check the code.
problem-booking-already-cancelled = This booking has already been cancelled.
problem-invalid-input = Please check what you entered.
problem-idempotency-key-reused = This request was already sent with other details. Please reload the page and try again.
problem-invalid-json = The request could not be read.
problem-json-expected = The request must be JSON.
problem-bad-body = The request could not be read.
problem-method-not-allowed = That is not possible here.
problem-conflict = Many people booked at the same moment. Please try again.
problem-internal = Something went wrong on our side. Please try again later or call us.
problem-unavailable = We cannot save anything right now. Please try again in a few seconds.
problem-feedback-not-yet = The course is not over yet. After the course you can tell us here how it was.
problem-feedback-not-possible = You cannot give feedback for this booking: you did not have a place on the course.
problem-feedback-given = You have already told us how the course was. Thank you!

date-weekday-1 = Monday
date-weekday-2 = Tuesday
date-weekday-3 = Wednesday
date-weekday-4 = Thursday
date-weekday-5 = Friday
date-weekday-6 = Saturday
date-weekday-7 = Sunday
date-month-1 = January
date-month-2 = February
date-month-3 = March
date-month-4 = April
date-month-5 = May
date-month-6 = June
date-month-7 = July
date-month-8 = August
date-month-9 = September
date-month-10 = October
date-month-11 = November
date-month-12 = December
date-long = { $weekday } { $day } { $month }
date-time-range = { $start } to { $end }

# A course the office called off (shown on the booking and as an API problem).
problem-session-cancelled = This course is cancelled.

# Shown where a person's data was erased (their key deleted).
personal-data-erased = erased
