# At the door and afterwards: check-in, people without a booking, typing in paper lists.
# Only the staff app loads this file.

doors-nav = At the door
doors-title = At the door
doors-intro = Choose today's session. There you check participants in with their booking code and count people who came without a booking.
doors-today = Today
doors-today-none = There is no session today.
doors-earlier = The last two weeks
doors-back = Back to the sessions
doors-back-to-door = Back to check-in
doors-check-in-title = Check-in: { $title }
doors-present = { $count ->
    [0] Nobody has arrived yet
    [one] 1 person is here
   *[other] { $count } people are here
}
doors-code-label = Booking code
doors-code-hint = For example K7P-4MN. Upper or lower case, with or without the dash.
doors-code-empty = Please enter a booking code.
doors-check-in = Check in
doors-scan = Scan with the camera
doors-scan-stop = Stop scanning
doors-scan-failed = The camera could not be opened. Please type in the code.
doors-checked-in = { $name } is checked in.
doors-walk-in-title = Came without a booking
doors-walk-in-hint = A first name and the district are enough. Each person is counted once.
doors-first-name = First name
doors-district = District
doors-district-optional = District (if given)
doors-district-choose = Choose a district
doors-district-none = not given
doors-walk-in-add = Count this person
doors-walked-in = { $name } is counted.
doors-expected-title = Registered
doors-expected-none = Nobody has registered for this session.
doors-drop-in-note = Drop-in session: nobody registers. Count everyone who comes under "Came without a booking".
doors-here = here
doors-not-yet = not here yet
doors-walk-ins-title = Without a booking
doors-source-door = at the door
doors-source-paper = from the paper list
doors-sheet-link = Print the paper list and feedback card
doors-paper-link = Type in the paper list and cards
doors-sheet-title = Sign-in sheet
doors-sheet-hint = In case the tablet does not work: print the list and the feedback card.
doors-print = Print
doors-sheet-caption = Please write down your name.
doors-sheet-name = Name
doors-sheet-district = District
doors-sheet-here = Signature
doors-card-title = How was the session?
doors-card-rating-question = Tick one face.
doors-card-helped-question = Did the session help you?
doors-rating-1 = very bad
doors-rating-2 = bad
doors-rating-3 = so-so
doors-rating-4 = good
doors-rating-5 = very good
doors-helped-yes = Yes
doors-helped-partly = Partly
doors-helped-no = No
doors-paper-title = Type in paper: { $title }
doors-paper-lines-title = Lines of the sign-in sheet
doors-paper-lines-hint = Type in one name. Similar registrations are proposed; you decide whether it is the same person.
doors-paper-name = Name on the list
doors-paper-name-empty = Please type in the name from the list.
doors-paper-find = Continue
doors-proposals-title = Who is “{ $name }”?
doors-proposals-hint = Is this one of these registered people?
doors-proposals-none = No similar registration found.
doors-proposal-confirm = This is { $name } (booking { $code })
doors-proposal-attended = Already checked in.
doors-proposal-keep-apart = Someone else: count without a booking
doors-cards-title = Feedback cards
doors-cards-count = { $count ->
    [0] No card typed in yet.
    [one] 1 card typed in.
   *[other] { $count } cards typed in.
}
doors-card-save = Save the card
doors-card-saved = The card is saved.
doors-feedback-from-paper = of which from paper cards
doors-plan-format = Kind of session
doors-plan-booked = With registration and a fixed number of places
doors-plan-drop-in = Drop-in session
doors-plan-drop-in-hint = No registration, no places, no waiting list: whoever comes is counted at the door.
doors-problem-already-checked-in = This person is already checked in.
doors-problem-check-in-not-yet = Check-in opens one hour before the start.
doors-problem-unknown-walk-in = No walk-in with this entry came to this course.
doors-problem-no-booking-needed = This is a drop-in session: no booking needed. Just come along.
