# Kapıda ve sonrasında: giriş kaydı, kayıtsız gelenler, kâğıt listelerin girilmesi.
# Bu dosyayı yalnızca ekip uygulaması yükler.

doors-nav = Kapıda
doors-title = Kapıda
doors-intro = Bugünkü kursu seçin. Orada katılımcıların girişini rezervasyon koduyla yapar ve kayıtsız gelenleri sayarsınız.
doors-today = Bugün
doors-today-none = Bugün kurs yok.
doors-earlier = Son iki hafta
doors-back = Kurs seçimine dön
doors-back-to-door = Giriş kaydına dön
doors-check-in-title = Giriş kaydı: { $title }
doors-present = { $count ->
    [0] Henüz kimse gelmedi
    [one] 1 kişi burada
   *[other] { $count } kişi burada
}
doors-code-label = Rezervasyon kodu
doors-code-hint = Örneğin K7P-4MN. Büyük veya küçük harf, tireli veya tiresiz.
doors-code-empty = Lütfen bir rezervasyon kodu girin.
doors-check-in = Giriş yap
doors-scan = Kamerayla tara
doors-scan-stop = Taramayı bitir
doors-scan-failed = Kamera açılamadı. Lütfen kodu yazın.
doors-checked-in = { $name } giriş yaptı.
doors-walk-in-title = Kayıtsız gelenler
doors-walk-in-hint = Ad ve semt yeterli. Her kişi bir kez sayılır.
doors-first-name = Ad
doors-district = Semt
doors-district-optional = Semt (belirtildiyse)
doors-district-choose = Semt seçin
doors-district-none = belirtilmedi
doors-walk-in-add = Kişiyi say
doors-walked-in = { $name } sayıldı.
doors-expected-title = Kayıtlı olanlar
doors-expected-none = Bu kursa kimse kayıt olmadı.
doors-drop-in-note = Açık danışma saati: burada kimse kayıt olmaz. Gelen herkesi yukarıda "Kayıtsız gelenler" bölümünde sayın.
doors-here = burada
doors-not-yet = henüz gelmedi
doors-walk-ins-title = Kayıtsız
doors-source-door = kapıda
doors-source-paper = kâğıt listeden
doors-sheet-link = Kâğıt listeyi ve geri bildirim kartını yazdır
doors-paper-link = Kâğıt listeyi ve kartları gir
doors-sheet-title = Katılım listesi
doors-sheet-hint = Tablet çalışmazsa diye: listeyi ve geri bildirim kartını yazdırın.
doors-print = Yazdır
doors-sheet-caption = Lütfen adınızı yazın.
doors-sheet-name = Ad
doors-sheet-district = Semt
doors-sheet-here = İmza
doors-card-title = Kurs nasıldı?
doors-card-rating-question = Bir yüzü işaretleyin.
doors-card-helped-question = Kurs size yardımcı oldu mu?
doors-rating-1 = çok kötü
doors-rating-2 = kötü
doors-rating-3 = idare eder
doors-rating-4 = iyi
doors-rating-5 = çok iyi
doors-helped-yes = Evet
doors-helped-partly = Kısmen
doors-helped-no = Hayır
doors-paper-title = Kâğıdı gir: { $title }
doors-paper-lines-title = Katılım listesindeki satırlar
doors-paper-lines-hint = Bir ad yazın. Benzer kayıtlar önerilir; aynı kişi olup olmadığına siz karar verirsiniz.
doors-paper-name = Listedeki ad
doors-paper-name-empty = Lütfen listedeki adı yazın.
doors-paper-find = Devam
doors-proposals-title = “{ $name }” kim?
doors-proposals-hint = Bu kayıtlı kişilerden biri mi?
doors-proposals-none = Benzer bir kayıt bulunamadı.
doors-proposal-confirm = Bu { $name } (rezervasyon { $code })
doors-proposal-attended = Zaten giriş yaptı.
doors-proposal-keep-apart = Başka biri: kayıtsız olarak say
doors-cards-title = Geri bildirim kartları
doors-cards-count = { $count ->
    [0] Henüz kart girilmedi.
    [one] 1 kart girildi.
   *[other] { $count } kart girildi.
}
doors-card-save = Kartı kaydet
doors-card-saved = Kart kaydedildi.
doors-feedback-from-paper = bunlardan kâğıt kartlardan
doors-plan-format = Kurs türü
doors-plan-booked = Kayıtlı ve sabit yerli
doors-plan-drop-in = Açık danışma saati
doors-plan-drop-in-hint = Kayıt yok, yer sınırı yok, bekleme listesi yok: gelen herkes kapıda sayılır.
doors-problem-already-checked-in = Bu kişi zaten giriş yaptı.
doors-problem-check-in-not-yet = Giriş kaydı başlangıçtan bir saat önce açılır.
doors-problem-unknown-walk-in = Bu kursa bu kayıtla kayıtsız gelen biri yok.
doors-problem-no-booking-needed = Bu açık danışma saati için kayıt gerekmez. Uğramanız yeterli.
