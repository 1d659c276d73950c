# The ideas store (Ideenspeicher) as everyone sees it: in the residents' ideas pages and the staff app.

ideas-ui-nav = Bank pomysłów
ideas-ui-title = Bank pomysłów
ideas-ui-intro = Tutaj miasto zbiera pomysły na cyfrowe Norderstedt. Każdy może zgłosić pomysł albo go poprzeć. Grupa robocza rozpatruje każdy pomysł i zapisuje, jaką podjęła decyzję.
ideas-ui-submit-link = Zgłoś pomysł
ideas-ui-filter-label = Pokaż pomysły według obszaru działania
ideas-ui-filter-all = Wszystkie obszary działania
ideas-ui-state-filter-label = Pokaż pomysły według stanu
ideas-ui-filter-all-states = Wszystkie stany
ideas-ui-history = Droga pomysłu
ideas-ui-wall-link = Wszystkie pomysły do wydruku (ściana pomysłów)
ideas-ui-wall-title = Ściana pomysłów
ideas-ui-wall-intro = Wszystkie pomysły według obszaru działania i stanu. Do wydruku w formacie A3, na przykład dla ratusza i biblioteki.
ideas-ui-wall-print = Wydrukuj ścianę pomysłów
ideas-ui-wall-qr = Ten kod prowadzi do banku pomysłów w internecie.
ideas-ui-count = { $count ->
    [0] Brak pomysłów
    [one] 1 pomysł
    [few] { $count } pomysły
   *[other] { $count } pomysłów
}
ideas-ui-none = W tym obszarze działania nie ma jeszcze pomysłów.
ideas-ui-state = Stan
ideas-ui-field = Obszar działania
ideas-ui-source = Sposób zgłoszenia
ideas-ui-source-online = przez internet
ideas-ui-source-paper = na karcie pomysłów
ideas-ui-source-ambassador = przez ambasadora lub ambasadorkę
ideas-ui-source-note = Pomysł zostanie zapisany jako: zgłoszony { $source }.
ideas-ui-reason = Uzasadnienie grupy roboczej
ideas-ui-merged-into = Połączony z pomysłem
ideas-ui-supporters = { $count ->
    [0] Nikt jeszcze nie popiera tego pomysłu.
    [one] 1 osoba popiera ten pomysł.
    [few] { $count } osoby popierają ten pomysł.
   *[other] { $count } osób popiera ten pomysł.
}
ideas-ui-support = Poprzyj ten pomysł
ideas-ui-supported = Poparcie dla tego pomysłu jest zapisane.
ideas-ui-support-thanks = Dziękujemy! Poparcie dla pomysłu „{ $name }” jest zapisane.
ideas-ui-support-title = Poprzyj pomysł
ideas-ui-support-code-label = Kod rezerwacji
ideas-ui-support-code-hint = Kod znajduje się w potwierdzeniu zapisu na kurs, na przykład K7P-4QM. Jednym kodem rezerwacji można poprzeć każdy pomysł jeden raz.
ideas-ui-support-code-error = Proszę wpisać kod rezerwacji tak, jak jest podany w zapisie, na przykład K7P-4QM.
ideas-ui-support-submit = Poprzyj pomysł

ideas-ui-caption = Zgłoś pomysł
ideas-ui-caption-paper = Wpisywanie pomysłu z karty pomysłów
ideas-ui-what-title = Jaki jest pomysł?
ideas-ui-what-label = Pomysł
ideas-ui-what-hint = Proszę opisać pomysł własnymi słowami. Wystarczy kilka zdań.
ideas-ui-for-whom-title = Dla kogo jest ten pomysł?
ideas-ui-for-whom-label = Dla kogo
ideas-ui-for-whom-hint = Na przykład: dla osób starszych, dla rodzin, dla wszystkich.
ideas-ui-where-title = Gdzie w mieście ma to być?
ideas-ui-where-label = Gdzie w mieście
ideas-ui-where-hint = Na przykład: w parku miejskim, w Garstedt, w całym mieście.
ideas-ui-field-title = Do którego obszaru działania pasuje pomysł?
ideas-ui-field-hint = Miasto przypisuje każdy pomysł do jednego z czterech obszarów działania. Proszę wybrać ten, który pasuje najlepiej. Grupa robocza może go jeszcze zmienić.
ideas-ui-field-living-hint = Codzienne życie w domu i w sąsiedztwie: mieszkanie, zdrowie, poruszanie się po mieście i usługi miasta.
ideas-ui-field-experiencing-hint = Czas wolny: kultura, sport, przyroda, zakupy i wycieczki po mieście.
ideas-ui-field-working-hint = Praca i nauka: firmy, sklepy, kształcenie zawodowe i dokształcanie w Norderstedt.
ideas-ui-field-working-with-hint = Udział: wspólne działanie z administracją miasta, polityką i stowarzyszeniami.
ideas-ui-contact-title = Czy możemy się skontaktować w sprawie tego pomysłu?
ideas-ui-contact-hint = To dobrowolne. Bez danych kontaktowych pomysł też trafi do banku pomysłów.
ideas-ui-contact-none = Nie, bez kontaktu
ideas-ui-contact-phone = Tak, telefonicznie
ideas-ui-contact-email = Tak, e-mailem
ideas-ui-contact-phone-label = Numer telefonu
ideas-ui-contact-email-label = Adres e-mail
ideas-ui-consent = Podanie kontaktu oznacza zgodę na to, że grupa robocza może zadzwonić lub napisać w sprawie tego pomysłu. Kontakt nigdy nie jest pokazywany publicznie. W każdej chwili można poprosić o jego usunięcie.
ideas-ui-check-title = Proszę sprawdzić odpowiedzi
ideas-ui-check-note = Po zgłoszeniu pokażemy pomysł wszystkim w banku pomysłów: co, dla kogo, gdzie i obszar działania. Kontaktu nie pokazujemy.
ideas-ui-change = Zmień
ideas-ui-contact-row = Kontakt
ideas-ui-no-contact = Bez kontaktu
ideas-ui-send = Zgłoś pomysł
ideas-ui-done-title = Dziękujemy za pomysł!
ideas-ui-done-text = Pomysł jest teraz w banku pomysłów. Inni mogą go poprzeć. Grupa robocza go rozpatrzy i zapisze swoją decyzję.
ideas-ui-done-list = Do banku pomysłów
ideas-ui-done-another = Kolejny pomysł
ideas-ui-login-title = Pomysł dla Norderstedt?
ideas-ui-login-text = W banku pomysłów każdy może zgłaszać i popierać pomysły – bez logowania.
ideas-ui-login-link = Do banku pomysłów
ideas-ui-paper-link = Wpisz pomysły z kart pomysłów
ideas-ui-public-link = Zobacz bank pomysłów

audit-action-living = Mieszkać w Norderstedt
audit-action-experiencing = Przeżywać Norderstedt
audit-action-working = Pracować w Norderstedt
audit-action-working-with = Pracować z Norderstedt
audit-state-submitted = Zgłoszony
audit-state-assessing = W ocenie
audit-state-pilot = Projekt pilotażowy
audit-state-kept = Zachowany na później
audit-state-merged = Połączony
audit-state-not-pursued = Niekontynuowany
field-error-empty = Proszę wypełnić to pole.
field-error-too-long = Tekst jest za długi. Proszę go skrócić.
field-error-invalid = Są tu znaki, których nie możemy zapisać.
field-error-choose = Proszę coś wybrać.
