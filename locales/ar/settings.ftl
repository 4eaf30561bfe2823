# مسودة للمراجعة. Draft for review.

phone-title = على هذا الهاتف
phone-text-size = حجم النص
phone-text-size-about = فوق حجم النص في هاتفك. لكل إنسان مهارات.
phone-size-standard = عادي ({ $size }٪)
phone-size-largest = الأكبر ({ $size }٪)
phone-size = { $size }٪

phone-language = اللغة
phone-language-phone = مثل لغة هذا الهاتف ({ $language })
phone-language-draft = الكلمات بهذه اللغة مسودة أولى. أخبر مجموعتك إن بدا شيء غريبًا.

phone-sync = الإرسال إلى مجموعتك
phone-sync-automatic = تلقائيًا
phone-sync-automatic-about = يرسل ما تشاركه فورًا ويتحقق من الأخبار كل 30 ثانية.
phone-sync-when-asked = فقط عندما أطلب
phone-sync-when-asked-about = يستهلك بيانات أقل. لا يذهب شيء إلى مجموعتك حتى تضغط للإرسال.

settings-cadence = كم مرة تريد المراجعة
settings-cadence-every = { $months ->
    [1] كل شهر
    [3] كل 3 أشهر
    [6] كل 6 أشهر
    [12] مرة في السنة
   *[other] كل { $months } شهرًا
}
settings-cadence-saved = تم الحفظ. { $due }
settings-print = اطبع مهاراتي
settings-print-about = صفحة بمهاراتك وقصصها ولحظاتها، لطلب عمل أو تطوع. اختر المهارات التي تريد إظهارها.
settings-print-none = أضف مهارة أولًا، ثم يمكنك طباعتها هنا.
settings-print-which = المهارات المراد طباعتها
settings-print-make = أنشئ صفحة مهاراتي
settings-print-page = صفحة مهاراتك، جاهزة للطباعة
settings-print-now = اطبع
settings-print-close = أغلق
settings-print-pdf = احفظ كملف PDF
settings-print-pdf-saving = جارٍ إعداد ملف PDF. اختر مكان حفظه في النافذة التي ستفتح.
settings-print-pdf-saved = تم الحفظ. صفحة مهاراتك في { $place }، باسم { $file }. تبقى على هذا الجهاز حتى ترسلها أنت بنفسك.
settings-print-pdf-not-saved = لم يُحفظ شيء. يمكنك حفظ صفحة مهاراتك متى شئت.
settings-backup = احتفظ بنسخة
settings-backup-about = احفظ كل شيء في ملف واحد. احتفظ به في مكان آمن، مثل ذاكرة USB أو بريد ترسله لنفسك.
settings-restore = استرجع نسخة احتياطية
settings-restore-about = يسترجع كل ما في ملف النسخة الاحتياطية، على هاتف جديد أو على هذا الهاتف. ما هو موجود في يومياتك يبقى كما هو، ولا يتكرر شيء.
settings-restore-file = ملف النسخة الاحتياطية
settings-restore-pick = اختر ملف النسخة الاحتياطية أولًا.
settings-restore-passphrase = عبارة المرور لهذه النسخة
settings-restore-now = استرجع يومياتي
settings-restored = أهلًا بعودتك. تم استرجاع: المهارات { $skills }، اللحظات { $moments }، المراجعات { $checkIns }، التقديرات { $recognitions }.
settings-restored-already = { $count ->
    [one] كان شيء واحد موجودًا في يومياتك وبقي كما هو.
   *[other] كانت { $count } أشياء موجودة في يومياتك وبقيت كما هي.
}

backup-passphrase = عبارة المرور
backup-save = احفظ ملف نسخة احتياطية
backup-saving = جارٍ حفظ نسختك الاحتياطية…
backup-saved = تم الحفظ. نسختك الاحتياطية في { $place }، باسم { $file }.
backup-locked = إنها مقفلة بعبارة المرور الخاصة بك، مثل يومياتك. لاسترجاعها ستحتاج إلى عبارة المرور نفسها.

remind-title = التذكيرات
remind-before = قبل أن يسألك هاتفك
remind-why = بعد ذلك، سيسألك هاتفك إن كان Brim يستطيع إرسال إشعارات إليك. يستخدمها Brim للتذكيرات فقط، حتى عندما يكون التطبيق مغلقًا. لا تُظهر أبدًا أي شيء من يومياتك: فقط «حان وقت المراجعة».
remind-why-nudge = بعد ذلك، سيسألك هاتفك إن كان Brim يستطيع إرسال إشعارات إليك. يستخدمها Brim للتذكيرات فقط، حتى عندما يكون التطبيق مغلقًا. لا تُظهر أبدًا أي شيء من يومياتك: فقط «حان وقت المراجعة»، أو «لحظة لملاحظة مهارة استخدمتها هذا الأسبوع».
remind-can-say-no = يمكنك أن تقول لا، ويبقى Brim يعمل كما هو. تُظهر الرئيسية دائمًا متى يحين موعد المراجعة.
remind-continue = متابعة
remind-not-now = ليس الآن
remind-can = يستطيع Brim تذكيرك عندما يحين موعد المراجعة، حتى عندما يكون التطبيق مغلقًا.
remind-turn-on = شغّل التذكيرات
remind-not-allowed = هاتفك لا يُظهر إشعارات Brim حاليًا. يمكنك السماح بها من إعدادات هاتفك الخاصة بـ Brim. تُظهر الرئيسية دائمًا متى يحين موعد المراجعة.
remind-nudge = تذكير أسبوعي لملاحظة مهارة
remind-nudge-hint = على هاتفك، كل أربعاء الساعة 6 مساءً. يقول فقط «لحظة لملاحظة مهارة استخدمتها هذا الأسبوع».
