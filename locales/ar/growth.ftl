# مسودة للمراجعة. Draft for review.

growth-title = نموّك
growth-none = يظهر نموّك هنا بعد مراجعتك الأولى.
growth-none-how = المراجعة تأخذ بضع دقائق: تقيّم كل مهارة من 1 إلى 5.
growth-go-check-in = اذهب إلى المراجعة
growth-so-far = { $count ->
    [one] كانت مراجعتك الأولى في { $date }.
   *[other] عدد المراجعات حتى الآن: { $count }. آخرها كانت في { $date }.
}
growth-skills-now = مهاراتك الآن
growth-compare = قارن مع
growth-last-time = المرة الماضية
growth-my-first = مراجعتي الأولى
growth-star-label = مخطط نجمي لآخر مراجعة لك. الأرقام نفسها في الجدول أدناه.
growth-star-label-first = مخطط نجمي لآخر مراجعة لك، مقارنة بمراجعتك الأولى. الأرقام نفسها في الجدول أدناه.
growth-star-label-last = مخطط نجمي لآخر مراجعة لك، مقارنة بالمرة الماضية. الأرقام نفسها في الجدول أدناه.
growth-now-on = الآن ({ $date })
growth-first-on = الأولى ({ $date })
growth-last-on = المرة الماضية ({ $date })
growth-each-skill = كل مهارة عبر الزمن
growth-line-label = مخطط خطي لتقييم كل مهارة في كل مراجعة. الأرقام نفسها في الجدول أدناه.
growth-numbers = الأرقام
growth-star-later = عندما تقيّم ثلاث مهارات أو أكثر، يُظهرها مخطط نجمي معًا هنا.
growth-table-label = تقييماتك في جدول
growth-table-caption = تقييماتك: المراجعة الأولى، المرة الماضية، والآن
growth-col-skill = المهارة
growth-col-first = الأولى
growth-col-now = الآن
growth-share = شارك
growth-share-label = شارك كيف نمت { $skill }
growth-each-area = كل مجال عبر الزمن
growth-each-area-about = متوسط تقييماتك في كل مجال، في كل مراجعة.
growth-area-label = { $area }: المتوسط في كل مراجعة
growth-from-skills = { $count ->
    [one] من مهارة واحدة
    [two] من مهارتين
    [few] من { $count } مهارات
   *[other] من { $count } مهارة
}
growth-check-ins = مراجعاتك
growth-with-note = مع ملاحظة
growth-evidence = أدلتك
growth-evidence-about = لحظات كتبتها تُظهر كل مهارة.
growth-quarters-label = لحظات { $skill }، كل ثلاثة أشهر على حدة
growth-up-since-last = ارتفعت { $change } منذ المرة الماضية
growth-up-since-first = ارتفعت { $change } منذ مراجعتك الأولى
growth-changed-since-last = تغيّرت منذ المرة الماضية
growth-changed-since-first = تغيّرت منذ مراجعتك الأولى
growth-not-rated = لم تُقيَّم بعد
