# The ideas store (Ideenspeicher) as everyone sees it: in the residents' ideas pages and the staff app.

ideas-ui-nav = مخزن الأفكار
ideas-ui-title = مخزن الأفكار
ideas-ui-intro = هنا تجمع المدينة أفكارًا من أجل نوردرشتيت رقمية. يستطيع الجميع تقديم فكرة أو دعم فكرة. تدرس مجموعة عمل كل فكرة وتكتب ما قررته.
ideas-ui-submit-link = قدّم فكرة
ideas-ui-filter-label = عرض الأفكار حسب مجال العمل
ideas-ui-filter-all = كل مجالات العمل
ideas-ui-state-filter-label = عرض الأفكار حسب الحالة
ideas-ui-filter-all-states = كل الحالات
ideas-ui-history = مسار الفكرة
ideas-ui-wall-link = كل الأفكار للطباعة (جدار الأفكار)
ideas-ui-wall-title = جدار الأفكار
ideas-ui-wall-intro = كل الأفكار حسب مجال العمل والحالة. للطباعة بحجم A3، مثلًا لمبنى البلدية والمكتبة.
ideas-ui-wall-print = اطبع جدار الأفكار
ideas-ui-wall-qr = بهذا الرمز تصل إلى مخزن الأفكار على الإنترنت.
ideas-ui-count = { $count ->
    [0] لا توجد أفكار
    [one] فكرة واحدة
    [two] فكرتان
    [few] { $count } أفكار
   *[other] { $count } فكرة
}
ideas-ui-none = لا توجد فكرة في هذا المجال بعد.
ideas-ui-state = الحالة
ideas-ui-field = مجال العمل
ideas-ui-source = طريقة التقديم
ideas-ui-source-online = عبر الإنترنت
ideas-ui-source-paper = على بطاقة أفكار
ideas-ui-source-ambassador = عن طريق سفير أو سفيرة
ideas-ui-source-note = ستُحفظ الفكرة على أنها: قُدّمت { $source }.
ideas-ui-reason = سبب قرار مجموعة العمل
ideas-ui-merged-into = دُمجت مع الفكرة
ideas-ui-supporters = { $count ->
    [0] لا أحد يدعم هذه الفكرة بعد.
    [one] شخص واحد يدعم هذه الفكرة.
    [two] شخصان يدعمان هذه الفكرة.
    [few] { $count } أشخاص يدعمون هذه الفكرة.
    [many] { $count } شخصًا يدعمون هذه الفكرة.
   *[other] { $count } شخص يدعمون هذه الفكرة.
}
ideas-ui-support = ادعم هذه الفكرة
ideas-ui-supported = أنت تدعم هذه الفكرة.
ideas-ui-support-thanks = شكرًا! أنت الآن تدعم فكرة «{ $name }».
ideas-ui-support-title = دعم فكرة
ideas-ui-support-code-label = رمز الحجز الخاص بك
ideas-ui-support-code-hint = تجده في تسجيلك في دورة، مثلًا ⁨K7P-4QM⁩. برمز حجز واحد يمكنك دعم كل فكرة مرة واحدة.
ideas-ui-support-code-error = يرجى إدخال رمز الحجز كما هو مكتوب في تسجيلك، مثلًا ⁨K7P-4QM⁩.
ideas-ui-support-submit = ادعم الفكرة

ideas-ui-caption = قدّم فكرة
ideas-ui-caption-paper = إدخال فكرة من بطاقة أفكار
ideas-ui-what-title = ما هي فكرتك؟
ideas-ui-what-label = الفكرة
ideas-ui-what-hint = صف الفكرة بكلماتك. تكفي بضع جمل.
ideas-ui-for-whom-title = لمن هذه الفكرة؟
ideas-ui-for-whom-label = لمن
ideas-ui-for-whom-hint = مثلًا: لكبار السن، للعائلات، للجميع.
ideas-ui-where-title = أين في المدينة يجب أن تكون؟
ideas-ui-where-label = أين في المدينة
ideas-ui-where-hint = مثلًا: في حديقة المدينة، في غارستيت، في المدينة كلها.
ideas-ui-field-title = إلى أي مجال عمل تنتمي الفكرة؟
ideas-ui-field-hint = تصنّف المدينة كل فكرة في واحد من أربعة مجالات عمل. اختر المجال الأنسب. يمكن لمجموعة العمل تغييره لاحقًا.
ideas-ui-field-living-hint = الحياة اليومية في البيت والحي: السكن والصحة والتنقل في المدينة وخدمات البلدية.
ideas-ui-field-experiencing-hint = وقت الفراغ: الثقافة والرياضة والطبيعة والتسوق والرحلات في المدينة.
ideas-ui-field-working-hint = العمل والتعلّم: الشركات والمحلات والتدريب المهني والتعليم المستمر في نوردرشتيت.
ideas-ui-field-working-with-hint = المشاركة: العمل معًا مع إدارة المدينة والسياسة والجمعيات.
ideas-ui-contact-title = هل يمكننا أن نسألك عن فكرتك؟
ideas-ui-contact-hint = هذا اختياري. تدخل فكرتك مخزن الأفكار أيضًا بدون بيانات اتصال.
ideas-ui-contact-none = لا، بدون اتصال
ideas-ui-contact-phone = نعم، بالهاتف
ideas-ui-contact-email = نعم، بالبريد الإلكتروني
ideas-ui-contact-phone-label = رقم الهاتف
ideas-ui-contact-email-label = عنوان البريد الإلكتروني
ideas-ui-consent = إذا أعطيتنا بيانات اتصال فأنت توافق على أن تتصل بك مجموعة العمل أو تكتب إليك بخصوص هذه الفكرة. لا نعرض بيانات اتصالك علنًا أبدًا. يمكنك طلب حذفها في أي وقت.
ideas-ui-check-title = تحقق من إجاباتك
ideas-ui-check-note = عندما تقدّم الفكرة نعرضها للجميع في مخزن الأفكار: ماذا ولمن وأين ومجال العمل. لا نعرض بيانات اتصالك.
ideas-ui-change = تغيير
ideas-ui-contact-row = الاتصال
ideas-ui-no-contact = بدون اتصال
ideas-ui-send = قدّم الفكرة
ideas-ui-done-title = شكرًا على فكرتك!
ideas-ui-done-text = الفكرة الآن في مخزن الأفكار. يمكن للآخرين دعمها. ستدرسها مجموعة العمل وتكتب ما قررته.
ideas-ui-done-list = إلى مخزن الأفكار
ideas-ui-done-another = أدخل فكرة أخرى
ideas-ui-login-title = لديك فكرة لنوردرشتيت؟
ideas-ui-login-text = في مخزن الأفكار يستطيع الجميع تقديم الأفكار ودعمها – بدون تسجيل دخول.
ideas-ui-login-link = إلى مخزن الأفكار
ideas-ui-paper-link = إدخال أفكار من بطاقات الأفكار
ideas-ui-public-link = عرض مخزن الأفكار

audit-action-living = العيش في نوردرشتيت
audit-action-experiencing = تجربة نوردرشتيت
audit-action-working = العمل في نوردرشتيت
audit-action-working-with = العمل مع نوردرشتيت
audit-state-submitted = مُقدَّمة
audit-state-assessing = قيد الدراسة
audit-state-pilot = مشروع تجريبي
audit-state-kept = محفوظة لوقت لاحق
audit-state-merged = مدموجة
audit-state-not-pursued = لن تُتابَع
field-error-empty = يرجى ملء هذا الحقل.
field-error-too-long = النص طويل جدًا. يرجى تقصيره.
field-error-invalid = توجد هنا أحرف لا يمكننا حفظها.
field-error-choose = يرجى اختيار شيء.
