# E-mails the server sends (outbox). Plain text; variables in { $braces }.

mail-signature = Teilhabe program ofisiniz, Norderstedt Belediyesi

mail-booking-confirmed-subject = Kaydınız: { $title }

mail-booking-confirmed-body =
    Merhaba { $name },

    “{ $title }” kursuna kaydınız yapıldı.
    Ne zaman: { $when }
    Nerede: { $venue }

    Rezervasyon kodunuz: { $code }
    Bu kodla kaydınızı görebilir veya iptal edebilirsiniz: { $link }

mail-booking-waitlisted-subject = Bekleme listesi: { $title }

mail-booking-waitlisted-body =
    Merhaba { $name },

    { $when } tarihindeki “{ $title }” kursu dolu. Bekleme listesindesiniz.
    Bir yer boşalırsa sizin olur ve size yazarız.

    Rezervasyon kodunuz: { $code }
    Görüntüleyin veya iptal edin: { $link }

mail-booking-promoted-subject = Size bir yer açıldı: { $title }

mail-booking-promoted-body =
    Merhaba { $name },

    İyi haber: “{ $title }” kursunda artık yeriniz var.
    Ne zaman: { $when }
    Nerede: { $venue }

    Rezervasyon kodunuz: { $code }
    Görüntüleyin veya iptal edin: { $link }

mail-session-rescheduled-subject = Yeni saat: { $title }

mail-session-rescheduled-body =
    Merhaba { $name },

    “{ $title }” kursunun saati değişti.
    Yeni: { $when }
    Nerede: { $venue }

    Kaydınız geçerli. Yeni saat size uymuyorsa lütfen iptal edin: { $link }

mail-session-cancelled-subject = İptal edildi: { $title }

mail-session-cancelled-body =
    Merhaba { $name },

    Ne yazık ki { $when } tarihindeki “{ $title }” kursu yapılmayacak.
    Sebep: { $reason }

    Diğer kurslar: { $link }

mail-application-approved-subject = Dijital elçi olarak hoş geldiniz

mail-application-approved-body =
    Merhaba { $name },

    Program ofisi başvurunuzu kabul etti. Teşekkürler!
    Şimdi şifrenizi belirleyin. Bağlantı bir kez ve 14 gün geçerlidir:
    { $link }

mail-application-declined-subject = Dijital elçi başvurunuz

mail-application-declined-body =
    Merhaba { $name },

    Başvurunuz için teşekkür ederiz. Program ofisi olumsuz karar verdi.
    Sebep: { $reason }

    Sorularınız için bizi arayabilirsiniz.

# Reminders, and what to say when calling residents who gave a phone number.

mail-session-reminder-subject = Hatırlatma: { $title }, { $when }

mail-session-reminder-body =
    Merhaba { $name },

    “{ $title }” kursunuzu hatırlatırız.
    Ne zaman: { $when }
    Nerede: { $venue }

    Rezervasyon kodunuz: { $code }
    Gelemiyor musunuz? Lütfen iptal edin: { $link }

call-session-reminder = Merhaba, Teilhabe program ofisinden arıyorum. { $when } tarihinde { $venue } adresindeki “{ $title }” kursunuz için arıyorum. Gelecek misiniz? Gelemezseniz yerinizi sizin için iptal ederim.

call-booking-promoted = Merhaba, Teilhabe program ofisinden arıyorum. İyi haber: { $when } tarihindeki “{ $title }” kursunda sizin için bir yer açıldı. Gelmek ister misiniz?

call-session-rescheduled = Merhaba, Teilhabe program ofisinden arıyorum. “{ $title }” kursunun saati değişti: { $when }. Yeni saat size uyar mı?

call-session-cancelled = Merhaba, Teilhabe program ofisinden arıyorum. Ne yazık ki { $when } tarihindeki “{ $title }” kursu yapılmayacak. Sebep: { $reason }. Size başka bir kurs önerebilir miyim?

# Yazdırılacak mektuplar (program ofisi).

letter-sender = Norderstedt Belediyesi · Teilhabe program ofisi · Rathausallee 50 · 22846 Norderstedt
letter-date = Norderstedt, { $date }
letter-code-label = Rezervasyon kodunuz
letter-code-hint = Bu mektubu kapıda gösterin. Kodla kaydınızı internette de görebilirsiniz.
letter-questions = Sorularınız mı var? Bizi arayın: { $phone }. Görüşme saatleri: { $hours }

# The interest list ("Sagen Sie mir Bescheid"): a session that fits a wish, by e-mail, letter or call.

mail-interest-matched-subject = Sizin için yeni bir kurs: { $title }

mail-interest-matched-body =
    Merhaba { $name },

    Size haber vermemizi istediniz. İsteğinize uygun yeni bir kurs var: “{ $title }”.
    Ne zaman: { $when }
    Nerede: { $venue }

    Buradan kayıt olabilirsiniz: { $link }
    Artık mesaj istemiyor musunuz? Kodunuzla isteğinizi geri çekebilir veya bizi arayabilirsiniz.

call-interest-matched = Merhaba, Teilhabe program ofisinden arıyorum. Size haber vermemizi istemiştiniz: { $when } tarihinde yeni bir “{ $title }” kursu var. Yer: { $venue }. Sizi kaydedebilir miyim?

# Answers to the interest code (the residents' pages take them over when they show them).

problem-interest-not-found = Bu koda ait bir istek listemizde yok. Lütfen kodu kontrol edin.
problem-interest-withdrawn = Bu isteği zaten geri çektiniz.
problem-interest-notified = Bu kursu size zaten bildirdik.
problem-interest-not-notified = Bu kursu size bildirmedik.
