# Genel: üst ve alt bölüm, ayarlar, hata sayfaları.
app-name = Teilhabe Norderstedt
app-skip-link = İçeriğe geç
app-title-suffix = Teilhabe Norderstedt
app-footer-text = Norderstedt Belediyesi'nin bir hizmetidir. Kurslar ücretsizdir.
app-back = Geri
app-continue = Devam
app-loading = Yükleniyor …
app-error-title-prefix = Hata
app-error-summary-title = Bir sorun var
app-error-network = Bağlantı kurulamadı. Lütfen tekrar deneyin.
app-not-found-title = Bu sayfa bulunamadı
app-not-found-text = Bağlantı eski ya da yanlış yazılmış olabilir.
app-not-found-home = Ana sayfaya dön

app-read-aloud = Sesli oku
app-footer-nav-label = Diğer sayfalar

settings-open = Ayarlar
settings-title = Dil ve görünüm
settings-language = Dil
settings-text-size = Yazı boyutu
settings-text-normal = Normal
settings-text-large = Büyük
settings-text-largest = Çok büyük
settings-display = Görünüm
settings-contrast = Yüksek kontrast
settings-motion = Daha az hareket
settings-close = Tamam

help-title = Telefonla veya yüz yüze yardım
help-intro = Bir kişiyle konuşmayı mı tercih edersiniz? Program ofisi size memnuniyetle yardım eder. Sizi bir kursa da kaydedebiliriz.
help-phone-label = Telefon
help-phone-number = 040 535 95-0
help-email-label = E-posta
help-email-address = teilhabe@norderstedt.de
help-hours-label = Görüşme saatleri
help-hours = Pazartesi–cuma 9.00–12.00, perşembe ayrıca 14.00–17.00
help-place-label = Yüz yüze
help-place = Norderstedt Belediye Binası (Rathaus), Rathausallee 50, zemin kattaki Vatandaş Ofisi (Bürgerbüro)

problem-not-found = Aradığınızı bulamadık.
problem-session-not-found = Böyle bir kurs yok.
problem-session-exists = Bu kurs zaten var.
problem-session-invalid = Kursun bilgileri birbiriyle uyuşmuyor.
problem-registration-closed = Bu kursa artık kayıt olunamaz. Kurs başladı.
problem-waitlist-full = Bu kursun bekleme listesi dolu. İlgi listesine kaydolun: Yeni bir kurs olduğunda size haber veririz.
problem-booking-code-taken = Bu işlem olmadı. Lütfen tekrar deneyin.
problem-booking-not-found = Bu koda ait bir rezervasyon yok. Lütfen kodu kontrol edin.
problem-booking-already-cancelled = Bu rezervasyon zaten iptal edilmiş.
problem-invalid-input = Lütfen bilgilerinizi kontrol edin.
problem-idempotency-key-reused = Bu istek daha önce başka bilgilerle gönderildi. Lütfen sayfayı yenileyin.
problem-invalid-json = İstek okunamadı.
problem-json-expected = İstek JSON biçiminde olmalıdır.
problem-bad-body = İstek okunamadı.
problem-method-not-allowed = Bu işlem burada yapılamaz.
problem-conflict = Şu anda aynı anda çok kişi kayıt oluyor. Lütfen tekrar deneyin.
problem-internal = Bizim tarafımızda bir hata oluştu. Lütfen daha sonra tekrar deneyin veya bizi arayın.
problem-unavailable = Şu anda hiçbir şey kaydedemiyoruz. Lütfen birkaç saniye sonra tekrar deneyin.
problem-feedback-not-yet = Kurs henüz bitmedi. Kurstan sonra burada kursun nasıl geçtiğini bize söyleyebilirsiniz.
problem-feedback-not-possible = Bu rezervasyon için kurs hakkında görüş bildiremezsiniz: Kursta yeriniz yoktu.
problem-feedback-given = Kursun nasıl geçtiğini bize zaten söylediniz. Çok teşekkürler!

date-weekday-1 = Pazartesi
date-weekday-2 = Salı
date-weekday-3 = Çarşamba
date-weekday-4 = Perşembe
date-weekday-5 = Cuma
date-weekday-6 = Cumartesi
date-weekday-7 = Pazar
date-month-1 = Ocak
date-month-2 = Şubat
date-month-3 = Mart
date-month-4 = Nisan
date-month-5 = Mayıs
date-month-6 = Haziran
date-month-7 = Temmuz
date-month-8 = Ağustos
date-month-9 = Eylül
date-month-10 = Ekim
date-month-11 = Kasım
date-month-12 = Aralık
date-long = { $day } { $month } { $weekday }
date-time-range = Saat { $start }–{ $end }

# A course the office called off (shown on the booking and as an API problem).
problem-session-cancelled = Bu kurs iptal edildi.

# Shown where a person's data was erased (their key deleted).
personal-data-erased = silindi
