# The ideas store (Ideenspeicher) and the call list in the staff app.

ideas-ui-work-nav = Pomysły
ideas-ui-work-title = Pomysły: grupa robocza
ideas-ui-work-intro = Wszystkie pomysły według stanu. Nowy pomysł najpierw trafia do oceny. Potem grupa robocza decyduje: projekt pilotażowy, zachowanie w banku pomysłów na później, połączenie z innym pomysłem albo rezygnacja. Uzasadnienie jest publicznie widoczne przy pomyśle: pisz je prostymi słowami.
ideas-ui-work-empty = Brak pomysłów w tym stanie.
ideas-ui-office-more = Pomysły i telefony
ideas-ui-start-assessment = Przekaż do oceny
ideas-ui-assessment-started = Pomysł „{ $name }” jest teraz oceniany.
ideas-ui-decide = Zdecyduj
ideas-ui-decide-title = Jaką decyzję podejmuje grupa robocza?
ideas-ui-decide-legend = Decyzja
ideas-ui-decide-pilot = Wybierz jako projekt pilotażowy
ideas-ui-decide-kept = Zachowaj w banku pomysłów na później
ideas-ui-decide-merged = Połącz z innym pomysłem
ideas-ui-decide-not-pursued = Nie kontynuuj
ideas-ui-into-label = Z którym pomysłem?
ideas-ui-into-choose = Wybierz pomysł
ideas-ui-reason-label = Uzasadnienie
ideas-ui-reason-hint = Prostymi słowami, w kilku zdaniach. Każdy może przeczytać uzasadnienie przy pomyśle.
ideas-ui-decide-submit = Zapisz decyzję
ideas-ui-decided = Decyzja w sprawie pomysłu „{ $name }” została zapisana.

calls-ui-nav = Lista telefonów
calls-ui-title = Lista telefonów
calls-ui-intro = Te osoby nie podały adresu e-mail, tylko numer telefonu. Proszę do nich zadzwonić i przekazać wiadomość w ich języku. Potem proszę zapisać, jak poszła rozmowa.
calls-ui-count = { $count ->
    [0] Brak telefonów
    [one] 1 telefon
    [few] { $count } telefony
   *[other] { $count } telefonów
}
calls-ui-none = W tej chwili nie trzeba do nikogo dzwonić.
calls-ui-dial = zadzwonić
calls-ui-about = Sprawa
calls-ui-kind-session-reminder = Przypomnienie o kursie
calls-ui-kind-booking-promoted = Zwolniło się miejsce z listy oczekujących
calls-ui-kind-session-rescheduled = Kurs ma nowy termin
calls-ui-kind-session-cancelled = Kurs jest odwołany
calls-ui-kind-interest-matched = Nowy kurs pasuje do życzenia
calls-ui-session = Kurs
calls-ui-language = Język
calls-ui-code = Kod rezerwacji
calls-ui-attempts-label = Dotychczas
calls-ui-attempts = { $count ->
    [one] 1 nieudany telefon
    [few] { $count } nieudane telefony
   *[other] { $count } nieudanych telefonów
}
calls-ui-script = Co powiedzieć
calls-ui-result-label = Jak poszła rozmowa: { $name }?
calls-ui-reached = Udało się połączyć
calls-ui-not-reached = Nie udało się połączyć
calls-ui-left-message = Zostawiono wiadomość
calls-ui-recorded-reached = Zapisano: { $name } — udało się połączyć.
calls-ui-recorded-not-reached = Zapisano: { $name } — nie udało się połączyć. Karta zostaje na liście. Spróbuj później jeszcze raz.
calls-ui-recorded-left-message = Zapisano: zostawiono wiadomość dla { $name }.
