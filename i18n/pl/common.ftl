# Ogólne: nagłówek, stopka, ustawienia, strony błędów.
# Jedna forma zwracania się: „proszę” z bezokolicznikiem i formy bezosobowe. Nigdy „ty”,
# nigdy „Pan/Pani” ani „Państwo” (zob. i18n/terms.toml).
app-name = Teilhabe Norderstedt
app-skip-link = Przejdź do treści
app-title-suffix = Teilhabe Norderstedt
app-footer-text = Oferta miasta Norderstedt. Kursy są bezpłatne.
app-back = Wstecz
app-continue = Dalej
app-loading = Ładowanie …
app-error-title-prefix = Błąd
app-error-summary-title = Wystąpił problem
app-error-network = Nie udało się połączyć. Proszę spróbować jeszcze raz.
app-not-found-title = Nie ma takiej strony
app-not-found-text = Być może link jest nieaktualny albo zawiera błąd.
app-not-found-home = Do strony głównej

app-read-aloud = Czytaj na głos
app-footer-nav-label = Inne strony

settings-open = Ustawienia
settings-title = Język i wygląd
settings-language = Język
settings-text-size = Wielkość tekstu
settings-text-normal = Normalna
settings-text-large = Duża
settings-text-largest = Bardzo duża
settings-display = Wygląd
settings-contrast = Wysoki kontrast
settings-motion = Mniej ruchu
settings-close = Gotowe

help-title = Pomoc przez telefon lub na miejscu
help-intro = Lepiej porozmawiać z człowiekiem? Biuro programu chętnie pomoże. Możemy też zapisać na kurs.
help-phone-label = Telefon
help-phone-number = 040 535 95-0
help-email-label = E-mail
help-email-address = teilhabe@norderstedt.de
help-hours-label = Godziny przyjęć
help-hours = Od poniedziałku do piątku w godz. 9–12, w czwartek także w godz. 14–17
help-place-label = Na miejscu
help-place = Ratusz Norderstedt (Rathaus), Rathausallee 50, biuro obsługi mieszkańców (Bürgerbüro) na parterze

problem-not-found = Nie znaleźliśmy tego.
problem-session-not-found = Nie ma takiego kursu.
problem-session-exists = Taki kurs już istnieje.
problem-session-invalid = Dane kursu nie są ze sobą zgodne.
problem-registration-closed = Na ten kurs nie można się już zapisać. Kurs już się rozpoczął.
problem-waitlist-full = Lista oczekujących na ten kurs jest pełna. Proszę zapisać się na listę zainteresowanych: damy znać, gdy pojawi się nowy kurs.
problem-booking-code-taken = Nie udało się. Proszę spróbować jeszcze raz.
problem-booking-not-found = Nie ma rezerwacji z tym kodem. Proszę sprawdzić kod.
problem-booking-already-cancelled = Ta rezerwacja jest już odwołana.
problem-invalid-input = Proszę sprawdzić podane dane.
problem-idempotency-key-reused = To zgłoszenie zostało już wysłane z innymi danymi. Proszę odświeżyć stronę.
problem-invalid-json = Nie udało się odczytać zapytania.
problem-json-expected = Zapytanie musi być w formacie JSON.
problem-bad-body = Nie udało się odczytać zapytania.
problem-method-not-allowed = Tutaj nie jest to możliwe.
problem-conflict = W tej chwili wiele osób rezerwuje jednocześnie. Proszę spróbować jeszcze raz.
problem-internal = Wystąpił błąd po naszej stronie. Proszę spróbować później albo do nas zadzwonić.
problem-unavailable = W tej chwili nie możemy niczego zapisać. Proszę spróbować ponownie za kilka sekund.
problem-feedback-not-yet = Kurs jeszcze się nie skończył. Po kursie można tu powiedzieć, jak było.
problem-feedback-not-possible = Do tej rezerwacji nie można dodać opinii: nie było miejsca na kursie.
problem-feedback-given = Opinia o tym kursie została już przekazana. Dziękujemy!

# Nazwy miesięcy są w dopełniaczu: służą tylko w datach („3 grudnia”).
date-weekday-1 = Poniedziałek
date-weekday-2 = Wtorek
date-weekday-3 = Środa
date-weekday-4 = Czwartek
date-weekday-5 = Piątek
date-weekday-6 = Sobota
date-weekday-7 = Niedziela
date-month-1 = stycznia
date-month-2 = lutego
date-month-3 = marca
date-month-4 = kwietnia
date-month-5 = maja
date-month-6 = czerwca
date-month-7 = lipca
date-month-8 = sierpnia
date-month-9 = września
date-month-10 = października
date-month-11 = listopada
date-month-12 = grudnia
date-long = { $weekday }, { $day } { $month }
date-time-range = od { $start } do { $end }

# A course the office called off (shown on the booking and as an API problem).
problem-session-cancelled = Ten kurs jest odwołany.

# Shown where a person's data was erased (their key deleted).
personal-data-erased = usunięto
