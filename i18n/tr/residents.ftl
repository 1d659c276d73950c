# Vatandaşlar için sayfalar: başlangıç, kurslar, kayıt, rezervasyon.
start-title = Teilhabe'ye hoş geldiniz
start-intro = Burada akıllı telefon, internet ve bilgisayar hakkında ücretsiz kurslar bulursunuz. Kurslar size yakın yerlerde yapılır. Ön bilgiye ihtiyacınız yok.
start-choose = Ne yapmak istiyorsunuz?
start-find = Kurs bul
start-find-hint = Tüm kursları görün ve kayıt olun
start-booking = Rezervasyonum
start-booking-hint = Kodunuzla rezervasyonunuzu görün veya iptal edin
start-help = Telefonla veya yüz yüze yardım
start-help-hint = Size memnuniyetle yardım ederiz
start-ideas = Norderstedt için bir fikir
start-ideas-hint = Fikirleri okuyun, destekleyin ya da kendi fikrinizi gönderin

topic-smartphone-basics = Akıllı telefon: ilk adımlar
topic-video-calls = Aileyle görüntülü görüşme
topic-online-banking = Güvenli internet bankacılığı
topic-town-hall-online = Belediye işlemleri internette
topic-photos = Akıllı telefonla fotoğraf
topic-spotting-scams = İnternette dolandırıcılığı tanıma
topic-none = Belirli bir konu yok

finder-title = Kurs bul
finder-intro = Tüm kurslar ücretsizdir. Bir kurs seçin.
finder-empty = Şu anda kurs yok. Yakında tekrar bakın veya bizi arayın.

finder-filter-hint = Sizi ilgilendiren seçenekleri seçin. Birden fazla düğmeye basabilirsiniz.
finder-filter-topic = Konu
finder-filter-district = Semt
finder-filter-day = Gün
finder-filter-reset = Tüm kursları göster
finder-count = { $count ->
    [0] Uygun kurs yok.
   *[other] { $count } kurs uygun.
}
finder-no-match = Seçiminize uygun kurs yok. “Tüm kursları göster” düğmesine basın veya başka bir seçim yapın.

session-when = Ne zaman
session-where = Nerede
session-seats = Yerler
session-seats-left = { $count ->
    [0] Boş yer yok
   *[other] { $count } boş yer
}
session-full-note = Bu kurs dolu. Bekleme listesine yazılabilirsiniz. Bir yer boşalırsa otomatik olarak sizin olur.
session-register = Şimdi kayıt ol
session-waitlist = Bekleme listesine yazıl

register-name-title = Adınız nedir?
register-name-hint = Adınız ve soyadınız
register-name-error-empty = Lütfen adınızı yazın.
register-name-error-too-long = Ad çok uzun. Lütfen en fazla 100 karakter yazın.
register-name-error-invalid = Adda kaydedemediğimiz karakterler var.
register-contact-title = Size nasıl ulaşabiliriz?
register-contact-hint = Kursta bir değişiklik olursa size haber veririz.
register-contact-phone = Telefonla
register-contact-email = E-postayla
register-contact-none = Hiç, kursa doğrudan gelirim
register-contact-error-choose = Lütfen size nasıl ulaşabileceğimizi seçin.
register-phone-label = Telefon numaranız
register-phone-error-empty = Lütfen telefon numaranızı yazın.
register-phone-error-invalid = Lütfen telefon numarasını yalnızca rakamlarla yazın, örneğin 040 123456.
register-email-label = E-posta adresiniz
register-email-error-empty = Lütfen e-posta adresinizi yazın.
register-email-error-invalid = Lütfen e-posta adresini şöyle yazın: ad@ornek.de
register-check-title = Lütfen bilgilerinizi kontrol edin
register-check-course = Kurs
register-check-name = Ad
register-check-contact = İletişim
register-check-change = Değiştir
register-check-submit = Kesin olarak kayıt ol
register-check-submitting = Gönderiliyor …

confirm-title-confirmed = Kaydınız yapıldı
confirm-title-waitlisted = Bekleme listesindesiniz
confirm-waitlist-position = Bekleme listesinde { $position }. sıradasınız. Bir yer boşalırsa otomatik olarak sizin olur.
confirm-code-label = Rezervasyon kodunuz
confirm-code-note = Lütfen bu kodu not edin. Bu kodla rezervasyonunuzu görebilir veya iptal edebilirsiniz.
confirm-to-booking = Rezervasyonumu göster
confirm-print = Onayı yazdır
confirm-print-help = Sorunuz mu var? Bizi arayın: { $phone }
confirm-calendar = Takvime ekle
confirm-calendar-description = Rezervasyon kodunuz: { $code }. Sorularınız için telefon: { $phone }

booking-title = Rezervasyonum
booking-code-label = Rezervasyon kodunuz
booking-code-hint = Kod kayıt onayınızda yazar, örneğin K7P‑4WM.
booking-code-error-empty = Lütfen rezervasyon kodunuzu yazın.
booking-code-error-invalid = Rezervasyon kodu 6 karakterden oluşur, örneğin K7P‑4WM.
booking-find = Rezervasyonu göster
booking-status-confirmed = Yeriniz kesin.
booking-status-over = Bu kurs yapıldı.
booking-status-waitlisted = Bekleme listesindesiniz, sıranız: { $position }.
booking-status-cancelled = Bu rezervasyon iptal edildi.
booking-for = Kayıtlı kişi
booking-cancel = Yerimi iptal et
booking-cancel-title = Gerçekten iptal etmek istiyor musunuz?
booking-cancel-text = Yeriniz o zaman bekleme listesindeki sıradaki kişiye verilir.
booking-cancel-yes = Evet, iptal et
booking-cancel-no = Hayır, yerimi koru
booking-cancelled-title = Rezervasyonunuz iptal edildi
booking-cancelled-text = Gelemeyecek olmanıza üzüldük. İstediğiniz zaman başka bir kursa kayıt olabilirsiniz.

register-consent-title = { $kind ->
    [email] Bu kursla ilgili olarak, örneğin kursta bir değişiklik olursa, size { $contact } adresine e-posta yazabilir miyiz?
   *[phone] Bu kursla ilgili olarak, örneğin kursta bir değişiklik olursa, sizi { $contact } numarasından arayabilir miyiz?
}
register-consent-title-short = { $kind ->
    [email] Size e-posta yazabilir miyiz?
   *[phone] Sizi arayabilir miyiz?
}
register-consent-hint = Size yalnızca bu kursla ilgili olarak ulaşırız. Bilgilerinizi kimseyle paylaşmayız.
register-consent-yes = Evet, olur
register-consent-no = Hayır
register-consent-no-hint = { $kind ->
    [email] O zaman e-posta adresinizi kaydetmeyiz. Kursta bir değişiklik olursa size haber veremeyiz.
   *[phone] O zaman telefon numaranızı kaydetmeyiz. Kursta bir değişiklik olursa size haber veremeyiz.
}
register-consent-error-choose = Lütfen „Evet“ ya da „Hayır“ seçin.
register-consent-error-required = Lütfen bu kursla ilgili olarak sizi arayıp arayamayacağımızı ya da size yazıp yazamayacağımızı söyleyin.
register-needs-title = Kursta desteğe ihtiyacınız var mı?
register-needs-hint = İhtiyacınız olanları işaretleyin. Birden fazlasını işaretleyebilirsiniz. Hiçbirine ihtiyacınız yoksa „Devam“ düğmesine basmanız yeterli.
register-check-needs = Destek
register-check-needs-none = Yok

need-hearing-loop = İşitme cihazım için işitme döngüsü (indüksiyon döngüsü)
need-wheelchair = Tekerlekli sandalyeyle ulaşabileceğim bir yer
need-borrow-device = Ödünç alabileceğim bir akıllı telefon ya da tablet
need-companion = Yanımda bir refakatçi getireceğim

booking-feedback-intro = Kurs sona erdi. Kursu nasıl buldunuz? Görüşünüz kursları daha iyi hâle getirmemize yardımcı olur.
booking-feedback-give = Nasıl geçtiğini bize anlatın

feedback-rating-title = Kurs nasıldı?
feedback-rating-hint = En uygun cevabı seçin.
feedback-rating-5 = Çok iyi
feedback-rating-4 = İyi
feedback-rating-3 = Fena değil
feedback-rating-2 = Kötü
feedback-rating-1 = Çok kötü
feedback-error-rating = Lütfen kursun nasıl olduğunu seçin.
feedback-helped-title = Kurs size yardımcı oldu mu?
feedback-helped-yes = Evet
feedback-helped-partly = Kısmen
feedback-helped-no = Hayır
feedback-error-helped = Lütfen „Evet“, „Kısmen“ ya da „Hayır“ seçin.
feedback-more-title = Son olarak: isteğe bağlı iki soru
feedback-comment-label = Bize söylemek istediğiniz başka bir şey var mı?
feedback-comment-hint = Örneğin neyin iyi olduğunu ya da neyi daha iyi yapabileceğimizi. En fazla 1000 karakter. Bu alanı boş da bırakabilirsiniz.
feedback-error-comment-too-long = Metniniz çok uzun. Lütfen 1000 karaktere kısaltın.
feedback-error-comment-invalid = Metniniz kaydedemediğimiz karakterler içeriyor.
feedback-topic-legend = Bir sonraki kursta hangi konuyu öğrenmek istersiniz?
feedback-send = Gönder
feedback-thanks-title = Görüşünüz için çok teşekkürler
feedback-thanks-text = Cevaplarınız kursları daha iyi hâle getirmemize yardımcı olur. Sizi yeniden görmekten memnun oluruz.

# Erasing one's own data with the booking code (GDPR Art. 17).
problem-already-erased = Bu rezervasyonun verileri zaten silindi.
booking-erase = Verilerimi sil
booking-erase-title = Verilerinizi silmek istiyor musunuz?
booking-erase-text = Adınızı, telefon numaranızı veya e-posta adresinizi ve yorumunuzu sileriz. Rezervasyon istatistiklerimizde sayılmaya devam eder, ancak adınız olmadan. Bu işlem geri alınamaz.
booking-erase-yes = Evet, verilerimi sil
booking-erase-no = Hayır, verilerim kalsın
booking-erased-title = Verileriniz silindi
booking-erased-text = Adınız ve iletişim bilgileriniz silindi. Artık biz de okuyamayız.
# Drop-in sessions, the booking code as a QR code, leaving the waitlist.
session-drop-in = Açık danışma saati: kayıt gerekmez, uğramanız yeterli
confirm-qr-alt = Rezervasyon kodunuz { $code } ile QR kodu
booking-leave-waitlist = Bekleme listesinden çık
booking-leave-title = Bekleme listesinden çıkmak istiyor musunuz?
booking-leave-text = O zaman bu kursta yer alamazsınız. Bekleme listesindeki diğer kişiler bir sıra ilerler.
booking-left-title = Artık bekleme listesinde değilsiniz
