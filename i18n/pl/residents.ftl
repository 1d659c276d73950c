# Strony dla mieszkańców: start, kursy, zapisy, rezerwacja.
start-title = Witamy w Teilhabe
start-intro = Tutaj można znaleźć bezpłatne kursy o smartfonie, internecie i komputerze. Kursy odbywają się w pobliżu. Nie jest potrzebna żadna wcześniejsza wiedza.
start-choose = Co można tutaj zrobić?
start-find = Znajdź kurs
start-find-hint = Zobaczyć wszystkie kursy i się zapisać
start-booking = Moja rezerwacja
start-booking-hint = Zobaczyć lub odwołać rezerwację za pomocą kodu
start-help = Pomoc przez telefon lub na miejscu
start-help-hint = Chętnie pomożemy osobiście
start-ideas = Pomysł dla Norderstedt
start-ideas-hint = Można czytać pomysły, poprzeć pomysł lub zgłosić własny

topic-smartphone-basics = Smartfon: pierwsze kroki
topic-video-calls = Rozmowy wideo z rodziną
topic-online-banking = Bezpieczna bankowość internetowa
topic-town-hall-online = Ratusz w internecie
topic-photos = Zdjęcia smartfonem
topic-spotting-scams = Jak rozpoznać oszustwa w internecie
topic-none = Bez konkretnego tematu

finder-title = Znajdź kurs
finder-intro = Wszystkie kursy są bezpłatne. Proszę wybrać kurs.
finder-empty = W tej chwili nie ma kursów. Proszę zajrzeć wkrótce albo do nas zadzwonić.

finder-filter-hint = Proszę wybrać, czego szukać. Można nacisnąć kilka przycisków.
finder-filter-topic = Temat
finder-filter-district = Dzielnica
finder-filter-day = Dzień tygodnia
finder-filter-reset = Pokaż wszystkie kursy
finder-count = { $count ->
    [0] Żaden kurs nie pasuje.
    [one] Pasuje 1 kurs.
    [few] Pasują { $count } kursy.
    [many] Pasuje { $count } kursów.
   *[other] Pasuje { $count } kursu.
}
finder-no-match = Żaden kurs nie pasuje do wyboru. Proszę nacisnąć „Pokaż wszystkie kursy” albo wybrać coś innego.

session-when = Kiedy
session-where = Gdzie
session-seats = Miejsca
session-seats-left = { $count ->
    [0] Brak wolnych miejsc
    [one] 1 wolne miejsce
    [few] { $count } wolne miejsca
    [many] { $count } wolnych miejsc
   *[other] { $count } wolnego miejsca
}
session-full-note = Ten kurs jest pełny. Można zapisać się na listę oczekujących. Gdy zwolni się miejsce, zostanie ono przydzielone automatycznie.
session-register = Zapisz się teraz
session-waitlist = Zapisz się na listę oczekujących

register-name-title = Imię i nazwisko
register-name-hint = Proszę wpisać imię i nazwisko
register-name-error-empty = Proszę wpisać imię i nazwisko.
register-name-error-too-long = Imię i nazwisko są za długie. Proszę skrócić je do 100 znaków.
register-name-error-invalid = Imię i nazwisko zawierają znaki, których nie możemy zapisać.
register-contact-title = Jak możemy się skontaktować?
register-contact-hint = Na wypadek, gdyby coś zmieniło się w kursie.
register-contact-phone = Telefonicznie
register-contact-email = E-mailem
register-contact-none = Wcale, po prostu przyjdę
register-contact-error-choose = Proszę wybrać, jak możemy się skontaktować.
register-phone-label = Numer telefonu
register-phone-error-empty = Proszę wpisać numer telefonu.
register-phone-error-invalid = Proszę wpisać numer telefonu samymi cyframi, na przykład 040 123456.
register-email-label = Adres e-mail
register-email-error-empty = Proszę wpisać adres e-mail.
register-email-error-invalid = Proszę wpisać adres e-mail w ten sposób: imie@przyklad.de
register-check-title = Proszę sprawdzić dane
register-check-course = Kurs
register-check-name = Imię i nazwisko
register-check-contact = Kontakt
register-check-change = Zmień
register-check-submit = Potwierdź zapis
register-check-submitting = Wysyłanie …

confirm-title-confirmed = Zapis przyjęty
confirm-title-waitlisted = Zapis na listę oczekujących przyjęty
confirm-waitlist-position = Numer na liście oczekujących: { $position }. Gdy zwolni się miejsce, zostanie ono przydzielone automatycznie.
confirm-code-label = Kod rezerwacji
confirm-code-note = Proszę zapisać ten kod. Za jego pomocą można zobaczyć lub odwołać rezerwację.
confirm-to-booking = Zobacz moją rezerwację
confirm-print = Wydrukuj potwierdzenie
confirm-print-help = Pytania? Prosimy dzwonić: { $phone }
confirm-calendar = Dodaj do kalendarza
confirm-calendar-description = Kod rezerwacji: { $code }. Pytania pod numerem telefonu: { $phone }

booking-title = Moja rezerwacja
booking-code-label = Kod rezerwacji
booking-code-hint = Kod znajduje się w potwierdzeniu zapisu, na przykład K7P‑4WM.
booking-code-error-empty = Proszę wpisać kod rezerwacji.
booking-code-error-invalid = Kod rezerwacji ma 6 znaków, na przykład K7P‑4WM.
booking-find = Pokaż rezerwację
booking-status-confirmed = Miejsce jest zarezerwowane.
booking-status-over = Ten kurs już się odbył.
booking-status-waitlisted = Zapis na liście oczekujących, numer { $position }.
booking-status-cancelled = Ta rezerwacja jest odwołana.
booking-for = Osoba zapisana
booking-cancel = Odwołaj miejsce
booking-cancel-title = Czy na pewno odwołać rezerwację?
booking-cancel-text = Miejsce otrzyma wtedy następna osoba z listy oczekujących.
booking-cancel-yes = Tak, odwołaj
booking-cancel-no = Nie, zachowaj miejsce
booking-cancelled-title = Rezerwacja została odwołana
booking-cancelled-text = Szkoda, że nie uda się przyjść. W każdej chwili można zapisać się na inny kurs.

register-consent-title = { $kind ->
    [email] Czy możemy napisać na adres { $contact } w sprawie tego kursu, na przykład gdy coś się w nim zmieni?
   *[phone] Czy możemy zadzwonić pod numer { $contact } w sprawie tego kursu, na przykład gdy coś się w nim zmieni?
}
register-consent-title-short = { $kind ->
    [email] Czy możemy napisać?
   *[phone] Czy możemy zadzwonić?
}
register-consent-hint = Kontaktujemy się tylko w sprawie tego kursu. Nikomu nie przekazujemy tych danych.
register-consent-yes = Tak, można
register-consent-no = Nie
register-consent-no-hint = { $kind ->
    [email] Wtedy nie zapiszemy adresu e-mail. Jeśli kurs się zmieni, nie będziemy mogli o tym powiadomić.
   *[phone] Wtedy nie zapiszemy numeru telefonu. Jeśli kurs się zmieni, nie będziemy mogli o tym powiadomić.
}
register-consent-error-choose = Proszę wybrać „Tak” lub „Nie”.
register-consent-error-required = Proszę powiedzieć, czy możemy zadzwonić lub napisać w sprawie tego kursu.
register-needs-title = Czy potrzebna jest pomoc na kursie?
register-needs-hint = Proszę zaznaczyć wszystko, co jest potrzebne. Można zaznaczyć kilka rzeczy. Jeśli nic z tego nie jest potrzebne, wystarczy nacisnąć „Dalej”.
register-check-needs = Pomoc na kursie
register-check-needs-none = Brak

need-hearing-loop = Pętla indukcyjna do mojego aparatu słuchowego
need-wheelchair = Miejsce, do którego dotrę na wózku inwalidzkim
need-borrow-device = Smartfon lub tablet do wypożyczenia
need-companion = Przyjdę z osobą towarzyszącą

booking-feedback-intro = Kurs się skończył. Jak się podobał? Opinia pomaga nam ulepszać kursy.
booking-feedback-give = Proszę powiedzieć, jak było

feedback-rating-title = Jaki był kurs?
feedback-rating-hint = Proszę wybrać odpowiedź, która najlepiej pasuje.
feedback-rating-5 = Bardzo dobrze
feedback-rating-4 = Dobrze
feedback-rating-3 = Tak sobie
feedback-rating-2 = Źle
feedback-rating-1 = Bardzo źle
feedback-error-rating = Proszę wybrać, jaki był kurs.
feedback-helped-title = Czy kurs pomógł?
feedback-helped-yes = Tak
feedback-helped-partly = Częściowo
feedback-helped-no = Nie
feedback-error-helped = Proszę wybrać „Tak”, „Częściowo” lub „Nie”.
feedback-more-title = Na koniec: dwa pytania, oba dobrowolne
feedback-comment-label = Czy jest coś jeszcze, co warto nam powiedzieć?
feedback-comment-hint = Na przykład co było dobre albo co możemy zrobić lepiej. Najwyżej 1000 znaków. To pole można zostawić puste.
feedback-error-comment-too-long = Tekst jest za długi. Proszę skrócić go do 1000 znaków.
feedback-error-comment-invalid = Tekst zawiera znaki, których nie możemy zapisać.
feedback-topic-legend = Jaki temat warto poznać w następnej kolejności?
feedback-send = Wyślij
feedback-thanks-title = Dziękujemy za opinię
feedback-thanks-text = Odpowiedzi pomagają nam ulepszać kursy. Zapraszamy ponownie.

# Erasing one's own data with the booking code (GDPR Art. 17).
problem-already-erased = Dane tej rezerwacji zostały już usunięte.
booking-erase = Usuń moje dane
booking-erase-title = Czy na pewno usunąć dane?
booking-erase-text = Usuniemy imię i nazwisko, numer telefonu lub adres e-mail oraz komentarz. Rezerwacja nadal liczy się w naszych statystykach, ale bez nazwiska. Tego nie da się cofnąć.
booking-erase-yes = Tak, usuń moje dane
booking-erase-no = Nie, zachowaj dane
booking-erased-title = Dane zostały usunięte
booking-erased-text = Imię i nazwisko oraz dane kontaktowe zostały usunięte. Nawet my nie możemy ich już odczytać.
# Drop-in sessions, the booking code as a QR code, leaving the waitlist.
session-drop-in = Otwarte konsultacje: wystarczy przyjść, zapisy nie są potrzebne
confirm-qr-alt = Kod QR z kodem rezerwacji { $code }
booking-leave-waitlist = Wypisać się z listy oczekujących
booking-leave-title = Czy na pewno wypisać się z listy oczekujących?
booking-leave-text = Wtedy nie będzie już szansy na miejsce w tym kursie. Pozostałe osoby z listy oczekujących przesuną się w górę.
booking-left-title = Rezerwacja nie jest już na liście oczekujących
