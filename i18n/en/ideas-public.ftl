# The ideas store (Ideenspeicher) as everyone sees it: in the residents' ideas pages and the staff app.

ideas-ui-nav = Ideas store
ideas-ui-title = Ideas store
ideas-ui-intro = Here the city collects ideas for a digital Norderstedt. Everyone can submit an idea or support one. A working group looks at every idea and writes down what it decided.
ideas-ui-submit-link = Submit an idea
ideas-ui-filter-label = Show ideas by field of action
ideas-ui-filter-all = All fields of action
ideas-ui-state-filter-label = Show ideas by status
ideas-ui-filter-all-states = Every status
ideas-ui-history = How the idea has moved on
ideas-ui-wall-link = All ideas to print (wall of ideas)
ideas-ui-wall-title = Wall of ideas
ideas-ui-wall-intro = Every idea by field of action and status. To print in A3, for example for the town hall and the library.
ideas-ui-wall-print = Print the wall of ideas
ideas-ui-wall-qr = This code takes you to the ideas store on the internet.
ideas-ui-count = { $count ->
    [0] No ideas
    [one] 1 idea
   *[other] { $count } ideas
}
ideas-ui-none = There is no idea in this field of action yet.
ideas-ui-state = Status
ideas-ui-field = Field of action
ideas-ui-source = Submitted
ideas-ui-source-online = online
ideas-ui-source-paper = on an idea card
ideas-ui-source-ambassador = through an ambassador
ideas-ui-source-note = The idea will be saved as: submitted { $source }.
ideas-ui-reason = The working group's reason
ideas-ui-merged-into = Merged with the idea
ideas-ui-supporters = { $count ->
    [0] Nobody supports this idea yet.
    [one] 1 person supports this idea.
   *[other] { $count } people support this idea.
}
ideas-ui-support = Support this idea
ideas-ui-supported = You support this idea.
ideas-ui-support-thanks = Thank you! You now support the idea “{ $name }”.
ideas-ui-support-title = Support an idea
ideas-ui-support-code-label = Your booking code
ideas-ui-support-code-hint = It is on your booking for a course, for example K7P-4QM. With one booking code you can support each idea once.
ideas-ui-support-code-error = Please enter your booking code as it appears on your booking, for example K7P-4QM.
ideas-ui-support-submit = Support the idea

ideas-ui-caption = Submit an idea
ideas-ui-caption-paper = Enter an idea from an idea card
ideas-ui-what-title = What is your idea?
ideas-ui-what-label = The idea
ideas-ui-what-hint = Describe the idea in your own words. A few sentences are enough.
ideas-ui-for-whom-title = Who is the idea for?
ideas-ui-for-whom-label = For whom
ideas-ui-for-whom-hint = For example: for older people, for families, for everyone.
ideas-ui-where-title = Where in the city should it be?
ideas-ui-where-label = Where in the city
ideas-ui-where-hint = For example: in the city park, in Garstedt, in the whole city.
ideas-ui-field-title = Which field of action does the idea belong to?
ideas-ui-field-hint = The city sorts every idea into one of four fields of action. Choose the one that fits best. The working group can still change it.
ideas-ui-field-living-hint = Everyday life at home and in the neighbourhood: housing, health, getting around and the city's services.
ideas-ui-field-experiencing-hint = Free time: culture, sport, nature, shopping and outings in the city.
ideas-ui-field-working-hint = Work and learning: businesses, shops, training and further education in Norderstedt.
ideas-ui-field-working-with-hint = Taking part: making things happen together with the city administration, politics and local clubs.
ideas-ui-contact-title = May we ask you about your idea?
ideas-ui-contact-hint = This is up to you. Without contact details your idea goes into the ideas store just the same.
ideas-ui-contact-none = No, without contact
ideas-ui-contact-phone = Yes, by phone
ideas-ui-contact-email = Yes, by e-mail
ideas-ui-contact-phone-label = Phone number
ideas-ui-contact-email-label = E-mail address
ideas-ui-consent = If you give contact details, you agree that the working group may call or write to you about this idea. Your contact details are never shown publicly. You can have them deleted at any time.
ideas-ui-check-title = Check your answers
ideas-ui-check-note = When you submit the idea, we show it to everyone in the ideas store: what, for whom, where and the field of action. We do not show your contact details.
ideas-ui-change = Change
ideas-ui-contact-row = Contact
ideas-ui-no-contact = No contact
ideas-ui-send = Submit the idea
ideas-ui-done-title = Thank you for your idea!
ideas-ui-done-text = The idea is now in the ideas store. Others can support it. The working group will look at it and write down what it decided.
ideas-ui-done-list = Go to the ideas store
ideas-ui-done-another = Enter another idea
ideas-ui-login-title = An idea for Norderstedt?
ideas-ui-login-text = In the ideas store everyone can submit and support ideas – no login needed.
ideas-ui-login-link = Go to the ideas store
ideas-ui-paper-link = Enter ideas from idea cards
ideas-ui-public-link = View the ideas store

audit-action-living = Living in Norderstedt
audit-action-experiencing = Experiencing Norderstedt
audit-action-working = Working in Norderstedt
audit-action-working-with = Working with Norderstedt
audit-state-submitted = Submitted
audit-state-assessing = Being assessed
audit-state-pilot = Pilot project
audit-state-kept = Kept for later
audit-state-merged = Merged
audit-state-not-pursued = Not pursued
field-error-empty = Please fill in this field.
field-error-too-long = The text is too long. Please shorten it.
field-error-invalid = There are characters here that we cannot store.
field-error-choose = Please choose something.
