# The ideas store (Ideenspeicher) as everyone sees it: in the residents' ideas pages and the staff app.

ideas-ui-nav = Ideenspeicher
ideas-ui-title = Ideenspeicher
ideas-ui-intro = Hier sammelt die Stadt Ideen für ein digitales Norderstedt. Alle können eine Idee einreichen oder eine Idee unterstützen. Eine Arbeitsgruppe prüft jede Idee und schreibt auf, wie sie entschieden hat.
ideas-ui-submit-link = Eine Idee einreichen
ideas-ui-filter-label = Ideen nach Handlungsfeld zeigen
ideas-ui-filter-all = Alle Handlungsfelder
ideas-ui-state-filter-label = Ideen nach Stand zeigen
ideas-ui-filter-all-states = Jeder Stand
ideas-ui-history = Der Weg der Idee
ideas-ui-wall-link = Alle Ideen zum Ausdrucken (Ideenwand)
ideas-ui-wall-title = Ideenwand
ideas-ui-wall-intro = Alle Ideen nach Handlungsfeld und Stand. Zum Ausdrucken in A3, zum Beispiel für das Rathaus und die Stadtbücherei.
ideas-ui-wall-print = Ideenwand drucken
ideas-ui-wall-qr = Mit diesem Code kommen Sie zum Ideenspeicher im Internet.
ideas-ui-count = { $count ->
    [0] Keine Idee
    [one] 1 Idee
   *[other] { $count } Ideen
}
ideas-ui-none = In diesem Handlungsfeld gibt es noch keine Idee.
ideas-ui-state = Stand
ideas-ui-field = Handlungsfeld
ideas-ui-source = Eingereicht
ideas-ui-source-online = im Internet
ideas-ui-source-paper = auf einer Ideenkarte
ideas-ui-source-ambassador = bei einer Botschafterin oder einem Botschafter
ideas-ui-source-note = Die Idee wird gespeichert als: eingereicht { $source }.
ideas-ui-reason = Begründung der Arbeitsgruppe
ideas-ui-merged-into = Zusammengelegt mit der Idee
ideas-ui-supporters = { $count ->
    [0] Noch niemand unterstützt diese Idee.
    [one] 1 Person unterstützt diese Idee.
   *[other] { $count } Personen unterstützen diese Idee.
}
ideas-ui-support = Diese Idee unterstützen
ideas-ui-supported = Sie unterstützen diese Idee.
ideas-ui-support-thanks = Danke! Sie unterstützen jetzt die Idee „{ $name }“.
ideas-ui-support-title = Idee unterstützen
ideas-ui-support-code-label = Ihr Buchungscode
ideas-ui-support-code-hint = Er steht auf Ihrer Anmeldung zu einem Kurs, zum Beispiel K7P-4QM. Mit einem Buchungscode können Sie jede Idee einmal unterstützen.
ideas-ui-support-code-error = Bitte geben Sie Ihren Buchungscode so ein, wie er auf Ihrer Anmeldung steht, zum Beispiel K7P-4QM.
ideas-ui-support-submit = Idee unterstützen

ideas-ui-caption = Eine Idee einreichen
ideas-ui-caption-paper = Eine Idee von einer Ideenkarte eingeben
ideas-ui-what-title = Was ist Ihre Idee?
ideas-ui-what-label = Die Idee
ideas-ui-what-hint = Beschreiben Sie die Idee mit eigenen Worten. Ein paar Sätze genügen.
ideas-ui-for-whom-title = Für wen ist die Idee?
ideas-ui-for-whom-label = Für wen
ideas-ui-for-whom-hint = Zum Beispiel: für ältere Menschen, für Familien, für alle.
ideas-ui-where-title = Wo in der Stadt soll es das geben?
ideas-ui-where-label = Wo in der Stadt
ideas-ui-where-hint = Zum Beispiel: im Stadtpark, in Garstedt, in der ganzen Stadt.
ideas-ui-field-title = Zu welchem Handlungsfeld passt die Idee?
ideas-ui-field-hint = Die Stadt ordnet jede Idee einem von vier Handlungsfeldern zu. Wählen Sie das Feld, das am besten passt. Die Arbeitsgruppe kann es noch ändern.
ideas-ui-field-living-hint = Der Alltag zu Hause und in der Nachbarschaft: Wohnen, Gesundheit, Wege durch die Stadt und die Dienste der Stadt.
ideas-ui-field-experiencing-hint = Die freie Zeit: Kultur, Sport, Natur, Einkaufen und Ausflüge in der Stadt.
ideas-ui-field-working-hint = Arbeit und Lernen: Betriebe, Läden, Ausbildung und Weiterbildung in Norderstedt.
ideas-ui-field-working-with-hint = Mitmachen: mit der Stadtverwaltung, der Politik und den Vereinen gemeinsam etwas bewegen.
ideas-ui-contact-title = Dürfen wir Sie zu Ihrer Idee fragen?
ideas-ui-contact-hint = Das ist freiwillig. Ohne Kontakt kommt Ihre Idee genauso in den Ideenspeicher.
ideas-ui-contact-none = Nein, ohne Kontakt
ideas-ui-contact-phone = Ja, per Telefon
ideas-ui-contact-email = Ja, per E-Mail
ideas-ui-contact-phone-label = Telefonnummer
ideas-ui-contact-email-label = E-Mail-Adresse
ideas-ui-consent = Wenn Sie einen Kontakt angeben, sind Sie damit einverstanden: Die Arbeitsgruppe darf Sie zu dieser Idee anrufen oder anschreiben. Ihr Kontakt wird nie öffentlich gezeigt. Sie können ihn jederzeit löschen lassen.
ideas-ui-check-title = Prüfen Sie Ihre Angaben
ideas-ui-check-note = Wenn Sie die Idee einreichen, zeigen wir sie im Ideenspeicher für alle: was, für wen, wo und das Handlungsfeld. Ihren Kontakt zeigen wir nicht.
ideas-ui-change = Ändern
ideas-ui-contact-row = Kontakt
ideas-ui-no-contact = Kein Kontakt
ideas-ui-send = Idee einreichen
ideas-ui-done-title = Danke für Ihre Idee!
ideas-ui-done-text = Die Idee steht jetzt im Ideenspeicher. Andere können sie unterstützen. Die Arbeitsgruppe prüft sie und schreibt dazu, wie sie entschieden hat.
ideas-ui-done-list = Zum Ideenspeicher
ideas-ui-done-another = Noch eine Idee eingeben
ideas-ui-login-title = Eine Idee für Norderstedt?
ideas-ui-login-text = Im Ideenspeicher können alle Ideen einreichen und unterstützen – auch ohne Anmeldung.
ideas-ui-login-link = Zum Ideenspeicher
ideas-ui-paper-link = Ideen von Ideenkarten eingeben
ideas-ui-public-link = Ideenspeicher ansehen

audit-action-living = In Norderstedt leben
audit-action-experiencing = Norderstedt erleben
audit-action-working = In Norderstedt arbeiten
audit-action-working-with = Mit Norderstedt arbeiten
audit-state-submitted = Eingereicht
audit-state-assessing = In Prüfung
audit-state-pilot = Pilotprojekt
audit-state-kept = Für später aufgehoben
audit-state-merged = Zusammengelegt
audit-state-not-pursued = Nicht weiterverfolgt
field-error-empty = Bitte füllen Sie dieses Feld aus.
field-error-too-long = Der Text ist zu lang. Bitte kürzen Sie ihn.
field-error-invalid = Hier stehen Zeichen, die wir nicht speichern können.
field-error-choose = Bitte wählen Sie etwas aus.
