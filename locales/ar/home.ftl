# مسودة للمراجعة. Draft for review.

home-title-loading = Brim
home-title-welcome = أهلًا بك في Brim
home-title-again = أهلًا بعودتك

home-start-title = لكل إنسان مهارات.
home-start-body = لنجد مهارتك الأولى. في Brim أفكار تساعدك على رؤيتها.
home-start-action = اعثر على مهارتي الأولى

home-check-in-title = المراجعة
home-check-in-start = ابدأ مراجعتي
home-check-in-on = موعدها { $date }.

home-noticed-title = أحدهم لاحظ ما تجيده
home-noticed-waiting = { $count ->
    [one] هناك تقدير واحد ينتظرك.
    [two] هناك تقديران ينتظرانك.
    [few] هناك { $count } تقديرات تنتظرك.
   *[other] هناك { $count } تقديرًا ينتظرك.
}
home-noticed-action = اقرأ ما قالوه

home-idea-title = شيء للتفكير فيه
home-idea-answer = إن كان كذلك، فهذه مهارة:
home-idea-action = تصفح أفكار المهارات

step-back-card-title = خطوة إلى الوراء
step-back-card-body = تخيّل يومًا قريبًا كأنك تشاهد صديقًا. ما الذي أجاده ذلك الشخص؟
step-back-card-action = خذ خطوة إلى الوراء

home-recent-title = لحظات حديثة
home-recent-all = شاهد كل لحظاتك
home-recent-kept-before = إجاباتك في الخطوة إلى الوراء وما لاحظه الآخرون محفوظة مع
home-recent-kept-link = كل لحظاتك
