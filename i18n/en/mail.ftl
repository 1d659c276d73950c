# E-mails the server sends (outbox). Plain text; variables in { $braces }.

mail-signature = Your Teilhabe programme office, City of Norderstedt

mail-booking-confirmed-subject = Your booking: { $title }

mail-booking-confirmed-body =
    Hello { $name },

    You are booked for “{ $title }”.
    When: { $when }
    Where: { $venue }

    Your booking code: { $code }
    Use it to see or cancel your booking: { $link }

mail-booking-waitlisted-subject = Waiting list: { $title }

mail-booking-waitlisted-body =
    Hello { $name },

    The course “{ $title }” on { $when } is full. You are on the waiting list.
    If a place becomes free, it is yours and we will write to you.

    Your booking code: { $code }
    See or cancel: { $link }

mail-booking-promoted-subject = A place is free for you: { $title }

mail-booking-promoted-body =
    Hello { $name },

    Good news: you now have a place in “{ $title }”.
    When: { $when }
    Where: { $venue }

    Your booking code: { $code }
    See or cancel: { $link }

mail-session-rescheduled-subject = New time: { $title }

mail-session-rescheduled-body =
    Hello { $name },

    The course “{ $title }” has a new time.
    New: { $when }
    Where: { $venue }

    Your booking stays. If the new time does not suit you, please cancel: { $link }

mail-session-cancelled-subject = Cancelled: { $title }

mail-session-cancelled-body =
    Hello { $name },

    Unfortunately the course “{ $title }” on { $when } is cancelled.
    Reason: { $reason }

    Find other courses here: { $link }

mail-application-approved-subject = Welcome as a digital ambassador

mail-application-approved-body =
    Hello { $name },

    The programme office has accepted your application. Thank you!
    Please set your password now. The link works once and for 14 days:
    { $link }

mail-application-declined-subject = Your application as a digital ambassador

mail-application-declined-body =
    Hello { $name },

    Thank you for your application. The programme office has decided against it.
    Reason: { $reason }

    If you have questions, please call us.

# Reminders, and what to say when calling residents who gave a phone number.

mail-session-reminder-subject = Reminder: { $title } on { $when }

mail-session-reminder-body =
    Hello { $name },

    A reminder of your course “{ $title }”.
    When: { $when }
    Where: { $venue }

    Your booking code: { $code }
    Cannot come? Please cancel: { $link }

call-session-reminder = Hello, this is the Teilhabe programme office. I am calling about your course “{ $title }” on { $when } at { $venue }. Are you coming? If not, I will cancel the place for you.

call-booking-promoted = Hello, this is the Teilhabe programme office. Good news: a place has become free for you in “{ $title }” on { $when }. Would you like to come?

call-session-rescheduled = Hello, this is the Teilhabe programme office. The course “{ $title }” has a new time: { $when }. Does the new time suit you?

call-session-cancelled = Hello, this is the Teilhabe programme office. Unfortunately the course “{ $title }” on { $when } is cancelled. Reason: { $reason }. May I suggest another course?

# Letters to print (programme office): confirmation, change, cancellation in large print.

letter-sender = City of Norderstedt · Teilhabe programme office · Rathausallee 50 · 22846 Norderstedt · Germany
letter-date = Norderstedt, { $date }
letter-code-label = Your booking code
letter-code-hint = Show this letter at the door. With the code you can also see your booking online.
letter-questions = Questions? Call us: { $phone }. Opening hours: { $hours }

# The interest list ("Sagen Sie mir Bescheid"): a session that fits a wish, by e-mail, letter or call.

mail-interest-matched-subject = A new course for you: { $title }

mail-interest-matched-body =
    Hello { $name },

    You asked us to let you know. There is a new course that matches your wish: “{ $title }”.
    When: { $when }
    Where: { $venue }

    Book your place here: { $link }
    No more messages? Withdraw your wish with your code, or call us.

call-interest-matched = Hello, this is the Teilhabe programme office. You asked us to let you know: there is a new course “{ $title }” on { $when } at { $venue }. May I book a place for you?

# Answers to the interest code (the residents' pages take them over when they show them).

problem-interest-not-found = There is no wish on our list with this code. Please check the code.
problem-interest-withdrawn = You have already withdrawn this wish.
problem-interest-notified = We have already told you about this course.
problem-interest-not-notified = We have not told you about this course.
