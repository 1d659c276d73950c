# Pages about the service: accessibility statement, report a barrier, easy read.

a11y-title = Accessibility statement
a11y-intro = The City of Norderstedt wants everyone to be able to use Teilhabe Norderstedt. This statement covers all pages of Teilhabe Norderstedt. It follows the Schleswig-Holstein state law on equal opportunities for people with disabilities and the German accessible IT regulation (BITV 2.0).
a11y-state-title = How accessible these pages are
a11y-state-text = These pages are partly accessible. They do not yet fully meet the requirements of BITV 2.0 and the European standard EN 301 549. The next section lists what is missing.
a11y-gaps-title = What is not accessible yet
a11y-gaps =
    There are no explanations in German Sign Language (DGS) yet. We are working on it.
    Not all translations from German have been checked by native speakers yet.
    “Read aloud” is only offered when your browser has a voice for the chosen language.
    Some devices cannot open the calendar file. All details are also on the page and on the printout.
a11y-method-title = How we check these pages
a11y-method-text = We check every new version ourselves: automatically with the testing tool axe-core against WCAG 2.2 (level AA) in all languages, with the keyboard only, at a screen width of 320 pixels and at double text size.
a11y-method-date = We wrote this statement on 23 November 2026.
a11y-contact-title = Report a barrier: contact
a11y-contact-text = Have you found a barrier? Or do you need content in another form? Then please contact the Teilhabe programme office of the City of Norderstedt.
a11y-contact-answer = We will answer as soon as we can, and within one month at the latest.
a11y-enforcement-title = Conciliation procedure
a11y-enforcement-text = Are you not satisfied with our answer? Or have we not answered within one month? Then you can contact the complaints office for accessible IT of Schleswig-Holstein (Beschwerdestelle für barrierefreie Informationstechnik). It is part of the state parliament of Schleswig-Holstein and mediates between you and us.
a11y-enforcement-free = The procedure is free of charge. You do not need a lawyer.
a11y-enforcement-link = Go to the complaints office for accessible IT (in German)
a11y-enforcement-address = https://www.landtag.ltsh.de/beauftragte/beschwerdestelle-fuer-barrieren/

report-title = Report a barrier
report-intro = Is something on these pages hard or impossible for you to use? Please tell us, so that we can improve it.
report-how = Write to us on which page it happened and what did not work. You can also call us.
report-write = Write an e-mail
report-mail-subject = Barrier on Teilhabe Norderstedt
report-mail-body =
    On which page did it happen?

    What did not work?

    How can we reach you?

easy-link = Easy read
easy-title = Teilhabe in easy read
easy-what-title = What is Teilhabe?
easy-what-1 =
    Teilhabe is a website.
    The website is from the City of Norderstedt.
easy-what-2 =
    Here you find courses.
    In the courses you learn how to use a smartphone.
    And you learn how to use the internet.
easy-what-3 =
    The courses are free.
    Free means: you pay 0 euros.
easy-how-title = How to sign up for a course
easy-how-steps =
    Press: Find a course.
    Choose a course.
    Press the name of the course.
    Press: Sign up now.
    Write your name.
    You get a booking code. Write the booking code on a piece of paper.
easy-code-title = What is a booking code?
easy-code-1 =
    A booking code is a short word made of letters and numbers.
    For example: K7P‑4WM.
easy-code-2 =
    With the booking code you can see your booking.
    With the booking code you can also cancel.
easy-help-title = Do you need help?
easy-help-text =
    Call us.
    We are glad to help you.
    We can also sign you up for a course.
easy-help-place =
    You can also come to the town hall.
    The town hall is at Rathausallee 50.
easy-settings-title = Another language and large text
easy-settings-1 =
    At the top of the page is the button:
    Settings.
    There you can choose your language.
    There you can also make the text bigger.
easy-settings-2 =
    Some browsers can read the page aloud.
    A browser is the program for the internet.
    Then you see the button at the top:
    Read aloud.
