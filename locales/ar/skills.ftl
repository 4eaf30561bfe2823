# مسودة للمراجعة. Draft for review.

skills-title = مهاراتك
skills-first = لنجد مهارتك الأولى.
skills-first-how = اختر من قائمة الأفكار، أو اكتب مهارة بكلماتك.
skills-find-idea = ابحث عن مهارة في قائمة الأفكار
skills-write-own = اكتب مهارتي بنفسي
skills-put-away = محفوظة جانبًا
skills-put-away-about = المهارات التي تضعها جانبًا تبقى محفوظة بأمان، مع كل لحظاتها.
skills-put-away-hide = أخفِ المهارات المحفوظة جانبًا
skills-put-away-show = أظهر المهارات المحفوظة جانبًا ({ $count })
moment-count = { $count ->
    [zero] لا لحظات
    [one] لحظة واحدة
    [two] لحظتان
    [few] { $count } لحظات
   *[other] { $count } لحظة
}

skill-name = اسم المهارة
skill-name-hint = بضع كلمات، مثل «الإصغاء» أو «إصلاح الدراجات».
skill-area = المجال
skill-area-choose = اختر مجالًا
skill-area-own = شيء آخر (بكلماتي)
skill-area-own-name = مجالك الخاص
skill-story = قصتك
skill-story-hint = أين تعلمتها، أو متى تستخدمها؟

skill-new-title = اكتب مهارتك بنفسك
skill-new-from-answer = إجابتك هي بداية قصتها، وستكون أول لحظة لهذه المهارة.
skill-new-about = سمِّ شيئًا تجيده، بكلماتك الخاصة.
skill-new-save = احفظ المهارة
skill-new-ideas = أو تصفح أفكار المهارات
skill-new-answer-not-added = حُفظت مهارتك، لكن لم نتمكن من إضافة إجابتك إليها: { $why }

skill-title = مهارة
skill-not-found = لم نجد هذه المهارة
skill-back-to-list = عُد إلى مهاراتك
skill-added = أُضيفت إلى مهاراتك.
skill-changes-saved = حُفظت تغييراتك.
skill-put-away-done = وُضعت جانبًا. لحظاتها محفوظة بأمان.
skill-back-done = أهلًا بعودتها. هذه المهارة في قائمتك من جديد.
skill-is-put-away = محفوظة جانبًا
skill-shared = { $audience ->
    [summary_only] محسوبة في ملخص المجموعة.
    [lead] مشاركة مع قائد المجموعة.
    [peer_supporters_and_lead] مشاركة مع داعمي الأقران والقائد.
   *[whole_group] مشاركة مع المجموعة كلها.
}
skill-shared-changed = { $audience ->
    [summary_only] محسوبة في ملخص المجموعة · تغيّرت منذ أن شاركتها.
    [lead] مشاركة مع قائد المجموعة · تغيّرت منذ أن شاركتها.
    [peer_supporters_and_lead] مشاركة مع داعمي الأقران والقائد · تغيّرت منذ أن شاركتها.
   *[whole_group] مشاركة مع المجموعة كلها · تغيّرت منذ أن شاركتها.
}
skill-moments = لحظات تُظهرها
skill-no-moments = لا توجد لحظات بعد. عندما تستخدم هذه المهارة، أضف لحظة. إنها دليلك.
skill-change = غيّر هذه المهارة
skill-bring-back = أعِدها
skill-put-it-away = ضعها جانبًا
skill-share = شارك مع مجموعتي
skill-share-update = حدّث ما شاركته
skill-add-moment = أضف لحظة لهذه المهارة
skill-cancel = إلغاء
