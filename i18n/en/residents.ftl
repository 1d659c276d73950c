# Pages for residents: start, courses, sign-up, booking.
start-title = Welcome to Teilhabe
start-intro = Here you find free courses about smartphones, the internet and computers. The courses are near you. You do not need to know anything beforehand.
start-choose = What would you like to do?
start-find = Find a course
start-find-hint = See all courses and sign up
start-booking = My booking
start-booking-hint = See or cancel your booking with your code
start-help = Help by phone or in person
start-help-hint = We are glad to help you in person
start-ideas = An idea for Norderstedt
start-ideas-hint = Read ideas, support one or submit your own

topic-smartphone-basics = Smartphone: the first steps
topic-video-calls = Video calls with your family
topic-online-banking = Safe online banking
topic-town-hall-online = The town hall on the internet
topic-photos = Photos with your smartphone
topic-spotting-scams = Spotting scams on the internet
topic-none = No particular topic

finder-title = Find a course
finder-intro = All courses are free. Choose a course.
finder-empty = There are no courses at the moment. Please look again soon or call us.

finder-filter-hint = Choose what interests you. You can press more than one button.
finder-filter-topic = Topic
finder-filter-district = District
finder-filter-day = Day of the week
finder-filter-reset = Show all courses
finder-count = { $count ->
    [0] No course matches.
    [one] 1 course matches.
   *[other] { $count } courses match.
}
finder-no-match = No course matches your choice. Press “Show all courses” or choose something else.

session-when = When
session-where = Where
session-seats = Places
session-seats-left = { $count ->
    [0] No places left
    [one] 1 place left
   *[other] { $count } places left
}
session-full-note = This course is full. You can join the waiting list. If a place becomes free, you get it automatically.
session-register = Sign up now
session-waitlist = Join the waiting list

register-name-title = What is your name?
register-name-hint = First name and last name
register-name-error-empty = Please write your name.
register-name-error-too-long = The name is too long. Please shorten it to 100 characters.
register-name-error-invalid = The name contains characters we cannot store.
register-contact-title = How can we reach you?
register-contact-hint = In case something about the course changes.
register-contact-phone = By phone
register-contact-email = By e-mail
register-contact-none = Not at all, I will just come
register-contact-error-choose = Please choose how we can reach you.
register-phone-label = Your phone number
register-phone-error-empty = Please write your phone number.
register-phone-error-invalid = Please write the phone number with digits only, for example 040 123456.
register-email-label = Your e-mail address
register-email-error-empty = Please write your e-mail address.
register-email-error-invalid = Please write the e-mail address like this: name@example.com
register-check-title = Please check your answers
register-check-course = Course
register-check-name = Name
register-check-contact = Contact
register-check-change = Change
register-check-submit = Sign up now
register-check-submitting = Sending …

confirm-title-confirmed = You are signed up
confirm-title-waitlisted = You are on the waiting list
confirm-waitlist-position = You are number { $position } on the waiting list. If a place becomes free, you get it automatically.
confirm-code-label = Your booking code
confirm-code-note = Please write this code down. With the code you can see or cancel your booking.
confirm-to-booking = See my booking
confirm-print = Print confirmation
confirm-print-help = Questions? Call us: { $phone }
confirm-calendar = Add to calendar
confirm-calendar-description = Your booking code: { $code }. Questions? Phone { $phone }

booking-title = My booking
booking-code-label = Your booking code
booking-code-hint = The code is on your confirmation, for example K7P‑4WM.
booking-code-error-empty = Please write your booking code.
booking-code-error-invalid = A booking code has 6 characters, for example K7P‑4WM.
booking-find = Show booking
booking-status-confirmed = Your place is booked.
booking-status-over = This course has already taken place.
booking-status-waitlisted = You are on the waiting list, number { $position }.
booking-status-cancelled = This booking has been cancelled.
booking-for = Booked for
booking-cancel = Cancel my place
booking-cancel-title = Do you really want to cancel?
booking-cancel-text = Your place will then go to the next person on the waiting list.
booking-cancel-yes = Yes, cancel
booking-cancel-no = No, keep my place
booking-cancelled-title = Your booking is cancelled
booking-cancelled-text = We are sorry you cannot come. You can sign up for another course at any time.

register-consent-title = { $kind ->
    [email] May we e-mail you at { $contact } about this course, for example if it changes?
   *[phone] May we call you on { $contact } about this course, for example if it changes?
}
register-consent-title-short = { $kind ->
    [email] May we e-mail you?
   *[phone] May we call you?
}
register-consent-hint = We only get in touch about this course. We do not pass your details on to anyone.
register-consent-yes = Yes, you may
register-consent-no = No
register-consent-no-hint = { $kind ->
    [email] Then we will not keep your e-mail address. If the course changes, we cannot let you know.
   *[phone] Then we will not keep your phone number. If the course changes, we cannot let you know.
}
register-consent-error-choose = Please choose yes or no.
register-consent-error-required = Please tell us whether we may call or e-mail you about this course.
register-needs-title = Would you like any help at the course?
register-needs-hint = Tick everything you need. You can tick more than one. If you need none of these, just press “Continue”.
register-check-needs = Help at the course
register-check-needs-none = None

need-hearing-loop = A hearing loop for my hearing aid
need-wheelchair = A place I can reach in a wheelchair
need-borrow-device = A smartphone or tablet to borrow
need-companion = I am bringing someone with me

booking-feedback-intro = The course is over. How did you like it? Your opinion helps us make the courses better.
booking-feedback-give = Tell us how it was

feedback-rating-title = How was the course?
feedback-rating-hint = Choose the answer that fits best.
feedback-rating-5 = Very good
feedback-rating-4 = Good
feedback-rating-3 = Okay
feedback-rating-2 = Bad
feedback-rating-1 = Very bad
feedback-error-rating = Please choose how the course was.
feedback-helped-title = Did the course help you?
feedback-helped-yes = Yes
feedback-helped-partly = Partly
feedback-helped-no = No
feedback-error-helped = Please choose yes, partly or no.
feedback-more-title = Finally: two questions, both optional
feedback-comment-label = Is there anything else you would like to tell us?
feedback-comment-hint = For example, what was good or what we could do better. Up to 1000 characters. You can also leave this empty.
feedback-error-comment-too-long = Your text is too long. Please shorten it to 1000 characters.
feedback-error-comment-invalid = Your text contains characters we cannot store.
feedback-topic-legend = Which topic would you like to learn next?
feedback-send = Send
feedback-thanks-title = Thank you for your feedback
feedback-thanks-text = Your answers help us make the courses better. We would be glad to see you again.

# Erasing one's own data with the booking code (GDPR Art. 17).
problem-already-erased = The data of this booking has already been erased.
booking-erase = Erase my data
booking-erase-title = Do you want to erase your data?
booking-erase-text = We erase your name, your phone number or e-mail address and your comment. The booking still counts in our statistics, but without your name. No one can undo this.
booking-erase-yes = Yes, erase my data
booking-erase-no = No, keep my data
booking-erased-title = Your data is erased
booking-erased-text = Your name and contact details are erased. Not even we can read them any more.
# Drop-in sessions, the booking code as a QR code, leaving the waitlist.
session-drop-in = Drop-in session: just come along, no booking needed
confirm-qr-alt = QR code with your booking code { $code }
booking-leave-waitlist = Leave the waiting list
booking-leave-title = Do you want to leave the waiting list?
booking-leave-text = You will then not get a place on this course. The others on the waiting list move up.
booking-left-title = You are no longer on the waiting list
