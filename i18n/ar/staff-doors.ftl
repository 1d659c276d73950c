# عند الباب وبعده: تسجيل الحضور، والقادمون دون حجز، وإدخال القوائم الورقية.
# يحمّل هذا الملف تطبيق الفريق فقط.

doors-nav = عند الباب
doors-title = عند الباب
doors-intro = اختر دورة اليوم. هناك تسجّل حضور المشاركين برمز الحجز وتعدّ من جاء دون حجز.
doors-today = اليوم
doors-today-none = لا توجد دورة اليوم.
doors-earlier = الأسبوعان الماضيان
doors-back = العودة إلى اختيار الدورة
doors-back-to-door = العودة إلى تسجيل الحضور
doors-check-in-title = تسجيل الحضور: { $title }
doors-present = { $count ->
    [0] لم يصل أحد بعد
    [one] شخص واحد حاضر
    [two] شخصان حاضران
    [few] { $count } أشخاص حاضرون
    [many] { $count } شخصًا حاضرًا
   *[other] { $count } شخص حاضر
}
doors-code-label = رمز الحجز
doors-code-hint = مثلًا ⁨K7P-4MN⁩. بأحرف كبيرة أو صغيرة، مع الشرطة أو بدونها.
doors-code-empty = يرجى إدخال رمز الحجز.
doors-check-in = تسجيل الحضور
doors-scan = المسح بالكاميرا
doors-scan-stop = إيقاف المسح
doors-scan-failed = تعذّر فتح الكاميرا. يرجى كتابة الرمز.
doors-checked-in = تم تسجيل حضور { $name }.
doors-walk-in-title = جاء دون حجز
doors-walk-in-hint = يكفي الاسم الأول والحي. يُعدّ كل شخص مرة واحدة.
doors-first-name = الاسم الأول
doors-district = الحي
doors-district-optional = الحي (إن ذُكر)
doors-district-choose = اختر الحي
doors-district-none = غير مذكور
doors-walk-in-add = عدّ هذا الشخص
doors-walked-in = تم عدّ { $name }.
doors-expected-title = المسجّلون
doors-expected-none = لم يسجّل أحد في هذه الدورة.
doors-drop-in-note = ساعة استشارة مفتوحة: لا يسجّل أحد هنا. عُدّ كل من يأتي في الأعلى تحت "جاء دون حجز".
doors-here = حاضر
doors-not-yet = لم يصل بعد
doors-walk-ins-title = دون حجز
doors-source-door = عند الباب
doors-source-paper = من القائمة الورقية
doors-sheet-link = طباعة القائمة الورقية وبطاقة الرأي
doors-paper-link = إدخال القائمة الورقية والبطاقات
doors-sheet-title = قائمة الحضور
doors-sheet-hint = تحسّبًا لتعطّل الجهاز اللوحي: اطبع القائمة وبطاقة الرأي.
doors-print = طباعة
doors-sheet-caption = يرجى كتابة اسمك.
doors-sheet-name = الاسم
doors-sheet-district = الحي
doors-sheet-here = التوقيع
doors-card-title = كيف كانت الدورة؟
doors-card-rating-question = ضع علامة على وجه واحد.
doors-card-helped-question = هل ساعدتك الدورة؟
doors-rating-1 = سيئة جدًا
doors-rating-2 = سيئة
doors-rating-3 = مقبولة
doors-rating-4 = جيدة
doors-rating-5 = جيدة جدًا
doors-helped-yes = نعم
doors-helped-partly = جزئيًا
doors-helped-no = لا
doors-paper-title = إدخال الورق: { $title }
doors-paper-lines-title = أسطر قائمة الحضور
doors-paper-lines-hint = اكتب اسمًا واحدًا. تُقترح تسجيلات مشابهة، وأنت تقرّر إن كان الشخص نفسه.
doors-paper-name = الاسم في القائمة
doors-paper-name-empty = يرجى كتابة الاسم من القائمة.
doors-paper-find = متابعة
doors-proposals-title = من هو "{ $name }"؟
doors-proposals-hint = هل هو أحد هؤلاء المسجّلين؟
doors-proposals-none = لم يُعثر على تسجيل مشابه.
doors-proposal-confirm = هذا { $name } (الحجز ⁨{ $code }⁩)
doors-proposal-attended = سُجّل حضوره مسبقًا.
doors-proposal-keep-apart = شخص آخر: عُدّه دون حجز
doors-cards-title = بطاقات الرأي
doors-cards-count = { $count ->
    [0] لم تُدخل أي بطاقة بعد.
    [one] أُدخلت بطاقة واحدة.
    [two] أُدخلت بطاقتان.
    [few] أُدخلت { $count } بطاقات.
   *[other] أُدخلت { $count } بطاقة.
}
doors-card-save = حفظ البطاقة
doors-card-saved = تم حفظ البطاقة.
doors-feedback-from-paper = منها من بطاقات ورقية
doors-plan-format = نوع الدورة
doors-plan-booked = بتسجيل وعدد محدد من الأماكن
doors-plan-drop-in = ساعة استشارة مفتوحة
doors-plan-drop-in-hint = دون تسجيل ودون أماكن ودون قائمة انتظار: يُعدّ كل من يأتي عند الباب.
doors-problem-already-checked-in = سُجّل حضور هذا الشخص مسبقًا.
doors-problem-check-in-not-yet = يبدأ تسجيل الحضور قبل الموعد بساعة.
doors-problem-unknown-walk-in = لا يوجد حاضر دون تسجيل بهذا الإدخال في هذه الدورة.
doors-problem-no-booking-needed = هذه ساعة استشارة مفتوحة ولا تحتاج إلى حجز. تعالَ ببساطة.
