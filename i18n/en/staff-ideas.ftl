# The ideas store (Ideenspeicher) and the call list in the staff app.

ideas-ui-work-nav = Ideas
ideas-ui-work-title = Ideas: working group
ideas-ui-work-intro = All ideas by their status. A new idea is first taken into assessment. Then the working group decides: pilot project, keep in the ideas store for later, merge with another idea, or not pursue. The reason is shown publicly with the idea: write it in plain words.
ideas-ui-work-empty = No idea with this status.
ideas-ui-office-more = Ideas and calls
ideas-ui-start-assessment = Take into assessment
ideas-ui-assessment-started = The idea “{ $name }” is now being assessed.
ideas-ui-decide = Decide
ideas-ui-decide-title = What does the working group decide?
ideas-ui-decide-legend = Decision
ideas-ui-decide-pilot = Choose as a pilot project
ideas-ui-decide-kept = Keep in the ideas store for later
ideas-ui-decide-merged = Merge with another idea
ideas-ui-decide-not-pursued = Do not pursue
ideas-ui-into-label = With which idea?
ideas-ui-into-choose = Please choose an idea
ideas-ui-reason-label = Reason
ideas-ui-reason-hint = In plain words, in a few sentences. Everyone can read the reason with the idea.
ideas-ui-decide-submit = Save the decision
ideas-ui-decided = The decision on the idea “{ $name }” is saved.

calls-ui-nav = Call list
calls-ui-title = Call list
calls-ui-intro = These people gave no e-mail address, but a phone number. Call them and give them the message in their language. Then record how the call went.
calls-ui-count = { $count ->
    [0] No calls
    [one] 1 call
   *[other] { $count } calls
}
calls-ui-none = Nobody needs to be called at the moment.
calls-ui-dial = call
calls-ui-about = What it is about
calls-ui-kind-session-reminder = Reminder of the course
calls-ui-kind-booking-promoted = A place from the waiting list is free
calls-ui-kind-session-rescheduled = The course has a new time
calls-ui-kind-session-cancelled = The course is cancelled
calls-ui-kind-interest-matched = A new course matches a wish
calls-ui-session = Course
calls-ui-language = Language
calls-ui-code = Booking code
calls-ui-attempts-label = So far
calls-ui-attempts = { $count ->
    [one] 1 call without success
   *[other] { $count } calls without success
}
calls-ui-script = What to say
calls-ui-result-label = How did the call to { $name } go?
calls-ui-reached = Reached
calls-ui-not-reached = Not reached
calls-ui-left-message = Left a message
calls-ui-recorded-reached = Recorded: { $name } reached.
calls-ui-recorded-not-reached = Recorded: { $name } not reached. The card stays on the list. Please try again later.
calls-ui-recorded-left-message = Recorded: message left for { $name }.
