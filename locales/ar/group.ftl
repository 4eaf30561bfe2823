# مسودة للمراجعة. Draft for review.

audience-summary_only = احسبها فقط في ملخص المجموعة
audience-lead = قائد المجموعة
audience-peer_supporters_and_lead = داعمو الأقران والقائد
audience-whole_group = المجموعة كلها
audience-who-summary_only = لن يظهر اسمك لأحد. يرى القائد المجاميع فقط، مثل "6 أشخاص شاركوا مهارة في مجال الناس".
audience-who-lead = سيراها قائد المجموعة وحده، مع اسمك.
audience-who-peer_supporters_and_lead = سيراها داعمو الأقران وقائد المجموعة، مع اسمك.
audience-who-whole_group = سيراها كل من في مجموعتك، مع اسمك.

role-lead = قائد المجموعة
role-peer_supporter = داعم أقران
role-member = عضو

ago-not-yet = ليس بعد
ago-just-now = الآن
ago-minutes = { $minutes ->
    [one] قبل دقيقة
    [two] قبل دقيقتين
    [few] قبل { $minutes } دقائق
   *[other] قبل { $minutes } دقيقة
}
ago-hours = { $hours ->
    [one] قبل ساعة
    [two] قبل ساعتين
    [few] قبل { $hours } ساعات
   *[other] قبل { $hours } ساعة
}

status-needs-rejoin = لم تعد مسجلًا في مجموعتك، لذلك أزال Brim ما شاركه الآخرون معك. يومياتك الخاصة بأمان.
status-leaving = جارٍ مغادرة المجموعة. سيُكمل Brim ذلك في المرة القادمة التي يصل فيها إلى مجموعتك.
status-in-touch = على تواصل مع مجموعتك { $when }
status-not-yet = لم يحدث تواصل مع مجموعتك بعد
status-to-send = { $count ->
    [one] تغيير واحد بانتظار الإرسال
    [two] تغييران بانتظار الإرسال
    [few] { $count } تغييرات بانتظار الإرسال
   *[other] { $count } تغييرًا بانتظار الإرسال
}
status-refused = { $count ->
    [one] تغيير واحد لم تستطع مجموعتك قبوله
    [two] تغييران لم تستطع مجموعتك قبولهما
    [few] { $count } تغييرات لم تستطع مجموعتك قبولها
   *[other] { $count } تغييرًا لم تستطع مجموعتك قبولها
}
status-line = { $parts }.
status-no-connection = لا يوجد اتصال الآن: سيحاول Brim مرة أخرى بنفسه.

summary-area-people = الناس
summary-area-organising = التنظيم
summary-area-practical = العمل اليدوي
summary-area-creative = الإبداع
summary-area-resilience = الصمود
summary-area-money = المال
summary-area-caring = الرعاية
summary-area-speaking_up = التعبير عن الرأي
summary-area-learning = التعلّم
summary-area-own = مجالاتهم الخاصة

contribution-own-area = مجال خاص بك
contribution-up = ارتفع
contribution-same = بقي كما هو
contribution-down = تغيّر نزولًا
contribution-line = يُحسب هذا أيضًا في ملخص المجموعة على أنه: { $parts }

figure-about = نحو { $members }
figure-hidden = أقل من { $k } — مخفي
release-none = لا يوجد ملخص بعد. يأتي الأول عندما يشارك { $k } أشخاص على الأقل شيئًا يُحسب فيه.
release-made = صُنع هذا الملخص في { $date }. يبقى كما هو حتى الملخص التالي.
release-budget-spent = استُهلك حد الخصوصية لهذا العام للملخصات، لذلك يمكن أن يأتي التالي في { $date } على أقرب تقدير.
release-next = يمكن أن يأتي التالي في { $date } أو بعده، عندما تتغير مشاركات { $k } أشخاص على الأقل.

shared-moment = لحظة
shared-on = في { $date }
shared-since = منذ { $date }
shared-progress = { $from } ← { $to }
shared-it-showed = أظهرت: { $skills }
rating-words = { $rating ->
    [1] في البداية
    [2] أتقدّم
    [3] أستطيع فعل هذا
    [4] أفعل هذا جيدًا
   *[5] أستطيع تعليم هذا
}

summary-title = ملخص المجموعة
summary-brings = ما تقدّمه مجموعتنا
summary-brings-about = المهارات التي اختار أفراد مجموعتك أن تُحسب، مجتمعةً. لا توجد فيها إجابات أي شخص بعينه.
summary-by-area = أشخاص شاركوا مهارة، حسب المجال
summary-ratings = آخر تقييم شاركوه
summary-progress = التقدم الذي شاركوه
summary-change-up = ارتفع
summary-change-same = بقي كما هو
summary-change-down = تغيّر نزولًا
summary-counted = لا يُحسب إلا ما اختار الأعضاء أن يُحسب فيه.
summary-counted-about = لا يُحسب إلا ما اختار الأعضاء أن يُحسب فيه: نحو { $members } أشخاص.
summary-noise = يُضاف إلى كل رقم قليل من الضجيج العشوائي، حتى لا يمكن تمييز مشاركة أحد: الأرقام قريبة، لا دقيقة. أي رقم أقل من { $k } مخفي.
summary-chart-label = مخطط أعمدة: { $title }. الجدول أدناه فيه الأرقام نفسها.
summary-table-label = { $title }، في جدول
summary-col-group = الفئة
summary-col-people = الأشخاص
summary-comes-next = يأتي الملخص في المرة القادمة التي يصل فيها Brim إلى مجموعتك.

visible-title = ما تستطيع مجموعتي رؤيته
visible-about = هذا بالضبط ما يحفظه خادم المجموعة منك. استرجع أي شيء متى شئت.
visible-none = لم تشارك شيئًا بعد. يومياتك خاصة حتى تختار مشاركة شيء.
visible-being-taken-back = جارٍ استرجاعها. ستختفي في المرة القادمة التي يصل فيها Brim إلى مجموعتك.
visible-update-coming = نسخة أحدث في الطريق.
visible-changed = تغيّرت منذ أن شاركتها.
visible-update = حدّث المشاركة
visible-take-back-ask = هل تسترجع هذه؟ لن يراها أحد في المجموعة بعد أن يصل Brim إلى مجموعتك.
visible-take-back-yes = نعم، استرجعها
visible-keep = أبقها مشاركة
visible-take-back = استرجعها
visible-take-back-label = استرجعها: { $what }
visible-take-back-moment = استرجعها: لحظة
visible-take-back-check-in = استرجعها: مراجعة
visible-taken-back = استُرجعت. ستختفي من مجموعتك في المرة القادمة التي يصل إليها Brim.
visible-back = عُد إلى مجموعتي

join-title = انضم إلى مجموعة
join-about = المجموعة تتيح لك مشاركة ما تختاره مع أشخاص تثق بهم. لا يُرسل شيء من يومياتك عند الانضمام.
join-signed-out = لم تعد مسجلًا في { $group }، لذلك أزال Brim من هذا الهاتف ما شاركه الآخرون معك. يومياتك الخاصة بأمان. للانضمام من جديد، اطلب من قائد مجموعتك رمز دعوة جديدًا.
join-server = عنوان موقع مجموعتك
join-server-hint = يعطيك قائد مجموعتك هذا مع رمز الدعوة. يبدو مثل groups.example.org
join-code = رمز الدعوة
join-code-hint = يمكنك لصق رابط الانضمام كاملًا هنا بدلًا من ذلك.
join-name = اسمك في المجموعة
join-name-hint = الاسم الذي سيراه الآخرون في المجموعة. الاسم الأول يكفي.
join-device = اسم لهذا الهاتف
join-device-default = هاتفي
join-joining = جارٍ الانضمام…
join-now = انضم إلى المجموعة
join-offline = لم نتمكن من الوصول إلى خادم المجموعة. تأكد أنك متصل بالإنترنت وأن العنوان صحيح، ثم حاول مرة أخرى. يومياتك بأمان على هذا الهاتف.
join-done = انضممت إلى { $group }. لم يُرسل شيء من يومياتك. أنت تختار ما تشاركه.
left-title = مجموعات غادرتها
left-you = غادرت في { $date }.
left-removed = أزالك قائد مجموعتك في { $date }.
left-erased = محا الخادم: المشاركات { $shares }، التقديرات { $recognitions }، الهواتف { $phones }.
left-on-phone = كان الخادم قد فعل هذا من قبل؛ كُتب هذا الإيصال على هاتفك.
group-you-are = أنت { $role }، باسم { $name }.
sync-title = البقاء على تواصل
sync-refused = لم تستطع مجموعتك قبول هذه
sync-refused-one = لم تستطع مجموعتك قبول هذا التغيير.
sync-let-go = قرأت هذا، دعه يذهب
sync-sending = جارٍ الإرسال والجلب…
sync-now = أرسل واجلب الآن
sync-offline = لا يوجد اتصال الآن. سيحاول Brim مرة أخرى بنفسه.
group-lead-link = الدعوات والأشخاص في المجموعة
feed-lead = مشاركة معك، أنت القائد
feed-peer = مشاركة مع داعمي الأقران والقائد
feed-whole = مشاركة مع المجموعة كلها
feed-shared-on = شاركها في { $date }
notice-words = بضع كلمات لـ { $name } (يمكنك تركها فارغة)
notice-send = أرسل: أنت تجيد { $skill }
notice-tell = أخبر { $name } بما لاحظته
notice-sent = تقديرك لـ { $name } في الطريق.
roles-open = منفتحون على أدوار
roles-open-about = أشخاص قالوا إنهم يحبون أن يُسألوا عن أدوار، مثل التطوع أو العمل.
roles-find-by = ابحث حسب المهارة
roles-find = ابحث
roles-any-skill = أي مهارة
roles-nobody = لا أحد يطابق بعد.
roles-comes-next = تأتي القائمة في المرة القادمة التي يصل فيها Brim إلى مجموعتك.
roles-yours = أدوار لك
roles-open-to = أنا منفتح على أدوار، مثل التطوع أو العمل
roles-skills = مهارات تحب أن تُسأل عنها
roles-skills-hint = افصل بينها بفواصل.
roles-save = احفظ
roles-saved-on = تم الحفظ. يستطيع قائدك أن يجدك للأدوار.
roles-saved-off = تم الحفظ. لست في قائمة الأدوار.
leave-title = غادر المجموعة
leave-ask = هل تغادر { $group }؟
leave-what = كل ما شاركته سيُمحى من خادم المجموعة، ولن يراه أحد في المجموعة بعد الآن. يومياتك الخاصة تبقى على هذا الهاتف.
leave-rejoin = ستحتاج إلى رمز دعوة جديد للانضمام من جديد.
leave-yes = نعم، غادر وامحُ ما شاركته
leave-stay = ابقَ في المجموعة
leave-done = أنت تغادر المجموعة. يمحو Brim كل ما شاركته من الخادم.
group-more = المزيد: خطوة إلى الوراء، الإعدادات وغيرها

## Everyone in the group, and ways to take part

shared-answer = رد على «{ $title }»
people-title = الناس في مجموعتك
people-about = يمكن لأي شخص أن يخبر أي شخص بما لاحظه، سواء شارك ذلك الشخص شيئًا أم لا.
people-nobody-yet = لم ينضم أحد آخر بعد.
people-skill = في ماذا يبرع { $name }؟
people-area = في أي مجال هي؟
people-area-pick = اختر مجالًا
people-send = أرسل
roles-no-skills = أضف مهارات إلى يومياتك أولًا. بعدها يمكنك اختيارها هنا.
roles-recruit = أحب أن أساعد في التوظيف، مثل الجلوس في لجنة مقابلات
roles-would-recruit = يحب أن يساعد في التوظيف
opportunities-title = طرق للمشاركة
opportunities-about = فرص لتستعمل مهاراتك من أجل المجموعة أو الخدمة، مثل لجنة مقابلات. ردّ بالمهارات التي تحب أن تقدّمها. قائدك فقط يرى ردّك، ويمكنك أن تسترجعه.
opportunities-about-lead = انشر فرصة ليستعمل الناس مهاراتهم. الجميع في المجموعة يرونها؛ والردود تصلك أنت وحدك.
opportunities-none = لا شيء مفتوح الآن.
opportunity-needs = المهارات المطلوبة: { $skills }
opportunity-closes = مفتوحة حتى { $date }
opportunity-answers =
    { $count ->
        [0] لا ردود بعد
        [one] رد واحد
       *[other] { $count } ردود
    }
opportunity-take-down = أزلها
opportunity-you-answered = لقد رددت على هذه. قائدك فقط يراها.
opportunity-take-back = استرجعه
opportunity-preview = هذا ما سيراه قائدك:
opportunity-send = أرسل إلى قائدك
opportunity-change = غيّره
opportunity-pick = أي من مهاراتك تحب أن تقدّم؟
opportunity-no-skills = أضف مهارات إلى يومياتك أولًا. بعدها يمكنك تقديمها هنا.
opportunity-with-stories = ضمّن القصة وراء كل مهارة
opportunity-note = بضع كلمات منك (يمكنك تركها فارغة)
opportunity-look = انظر ما سيصل إلى قائدك
opportunity-answer = ردّ بمهاراتك
opportunity-answered = ردّك في طريقه إلى قائدك.
opportunity-taken-back = استرجعت ردّك. سيُزال من هاتف قائدك في المرة القادمة التي يصل فيها Brim إلى مجموعتك.
opportunity-posted = نُشرت. سيراها الجميع في المجموعة.
opportunity-taken-down = أُزيلت. تبقى الردود معك حتى يسترجع كل شخص ردّه.
opportunity-thank = قل شكرًا لـ { $name }
opportunity-thanks-words = شكرًا لردّك على «{ $title }».
opportunity-earlier = ردود على فرص أُغلقت
opportunity-post-title = انشر طريقة للمشاركة
opportunity-title = ما هي؟
opportunity-title-hint = مثلًا: لجنة مقابلات لعامل دعم جديد.
opportunity-about = المزيد عنها: متى، وأين، وماذا تتطلب
opportunity-skills = المهارات المطلوبة
opportunity-closes-on = آخر يوم للرد
opportunity-post = انشرها
