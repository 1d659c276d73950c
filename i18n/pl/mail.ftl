# E-mails the server sends (outbox). Plain text; variables in { $braces }.

mail-signature = Biuro programu Teilhabe, miasto Norderstedt

mail-booking-confirmed-subject = Potwierdzenie zapisu: { $title }

mail-booking-confirmed-body =
    Dzień dobry { $name },

    Zapis na kurs „{ $title }” został przyjęty.
    Kiedy: { $when }
    Gdzie: { $venue }

    Kod rezerwacji: { $code }
    Z tym kodem można zobaczyć lub odwołać rezerwację: { $link }

mail-booking-waitlisted-subject = Lista oczekujących: { $title }

mail-booking-waitlisted-body =
    Dzień dobry { $name },

    Kurs „{ $title }” ({ $when }) jest pełny. Zapis trafił na listę oczekujących.
    Gdy zwolni się miejsce, zostanie ono przydzielone automatycznie. Wtedy napiszemy.

    Kod rezerwacji: { $code }
    Podgląd lub odwołanie rezerwacji: { $link }

mail-booking-promoted-subject = Zwolniło się miejsce: { $title }

mail-booking-promoted-body =
    Dzień dobry { $name },

    Dobra wiadomość: zwolniło się miejsce na kursie „{ $title }” i jest już zarezerwowane.
    Kiedy: { $when }
    Gdzie: { $venue }

    Kod rezerwacji: { $code }
    Podgląd lub odwołanie rezerwacji: { $link }

mail-session-rescheduled-subject = Nowy termin: { $title }

mail-session-rescheduled-body =
    Dzień dobry { $name },

    Kurs „{ $title }” ma nowy termin.
    Nowy: { $when }
    Gdzie: { $venue }

    Rezerwacja pozostaje. Jeśli nowy termin nie pasuje, prosimy ją odwołać: { $link }

mail-session-cancelled-subject = Odwołany: { $title }

mail-session-cancelled-body =
    Dzień dobry { $name },

    Niestety kurs „{ $title }” ({ $when }) się nie odbędzie.
    Powód: { $reason }

    Inne kursy: { $link }

mail-application-approved-subject = Witamy wśród cyfrowych ambasadorów

mail-application-approved-body =
    Dzień dobry { $name },

    Biuro programu przyjęło zgłoszenie. Dziękujemy!
    Prosimy teraz ustawić hasło. Link działa raz i przez 14 dni:
    { $link }

mail-application-declined-subject = Zgłoszenie na cyfrowego ambasadora

mail-application-declined-body =
    Dzień dobry { $name },

    Dziękujemy za zgłoszenie. Biuro programu zdecydowało się go nie przyjąć.
    Powód: { $reason }

    W razie pytań prosimy o telefon.

# Reminders, and what to say when calling residents who gave a phone number.

mail-session-reminder-subject = Przypomnienie: { $title }, { $when }

mail-session-reminder-body =
    Dzień dobry { $name },

    Przypominamy o kursie „{ $title }”.
    Kiedy: { $when }
    Gdzie: { $venue }

    Kod rezerwacji: { $code }
    Jeśli przyjście nie będzie możliwe, prosimy odwołać rezerwację: { $link }

call-session-reminder = Dzień dobry, tu biuro programu Teilhabe. Dzwonię w sprawie kursu „{ $title }” { $when } w { $venue }. Czy przyjście jest aktualne? Jeśli nie, mogę od razu odwołać miejsce.

call-booking-promoted = Dzień dobry, tu biuro programu Teilhabe. Dobra wiadomość: na kursie „{ $title }” { $when } zwolniło się miejsce i jest już zarezerwowane. Czy przyjście jest możliwe?

call-session-rescheduled = Dzień dobry, tu biuro programu Teilhabe. Kurs „{ $title }” ma nowy termin: { $when }. Czy nowy termin pasuje?

call-session-cancelled = Dzień dobry, tu biuro programu Teilhabe. Niestety kurs „{ $title }” { $when } się nie odbędzie. Powód: { $reason }. Czy mogę zaproponować inny kurs?

# Listy do wydruku (biuro programu).

letter-sender = Miasto Norderstedt · Biuro programu Teilhabe · Rathausallee 50 · 22846 Norderstedt
letter-date = Norderstedt, { $date }
letter-code-label = Kod rezerwacji
letter-code-hint = Prosimy pokazać ten list przy wejściu. Za pomocą kodu można też zobaczyć zapis w internecie.
letter-questions = Pytania? Prosimy dzwonić: { $phone }. Godziny przyjęć: { $hours }

# The interest list ("Sagen Sie mir Bescheid"): a session that fits a wish, by e-mail, letter or call.

mail-interest-matched-subject = Nowy kurs: { $title }

mail-interest-matched-body =
    Dzień dobry { $name },

    Zgodnie z prośbą informujemy: jest nowy kurs zgodny z życzeniem: „{ $title }”.
    Kiedy: { $when }
    Gdzie: { $venue }

    Zapisy tutaj: { $link }
    Aby nie otrzymywać więcej wiadomości, proszę wycofać życzenie kodem lub zadzwonić do nas.

call-interest-matched = Dzień dobry, tu biuro programu Teilhabe. Zgodnie z prośbą informujemy: jest nowy kurs „{ $title }” { $when }. Miejsce: { $venue }. Czy zapisać na ten kurs?

# Answers to the interest code (the residents' pages take them over when they show them).

problem-interest-not-found = Nie ma życzenia z tym kodem na naszej liście. Proszę sprawdzić kod.
problem-interest-withdrawn = To życzenie zostało już wycofane.
problem-interest-notified = Informacja o tym kursie została już wysłana.
problem-interest-not-notified = Informacja o tym kursie nie została wysłana.
