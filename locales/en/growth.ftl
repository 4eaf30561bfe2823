# Growth: how a person's ratings have changed, in charts and in words.

growth-title = Your growth
growth-none = Your growth shows here after your first check-in.
growth-none-how = A check-in takes a few minutes: you rate each skill from 1 to 5.
growth-go-check-in = Go to check-in
# $count: how many check-ins; $date: the latest one's day.
growth-so-far = { $count ->
    [one] Your first check-in was on { $date }.
   *[other] { $count } check-ins so far. The latest was on { $date }.
}
growth-skills-now = Your skills now
growth-compare = Compare with
growth-last-time = Last time
growth-my-first = My first check-in
growth-star-label = Star chart of your latest check-in. The same numbers are in the table below.
growth-star-label-first = Star chart of your latest check-in, compared with your first one. The same numbers are in the table below.
growth-star-label-last = Star chart of your latest check-in, compared with last time. The same numbers are in the table below.
# A chart's key. $date: a short day, like "25 Nov 2026".
growth-now-on = Now ({ $date })
growth-first-on = First ({ $date })
growth-last-on = Last time ({ $date })
growth-each-skill = Each skill over time
growth-line-label = Line chart of each skill's rating at every check-in. The same numbers are in the table below.
growth-numbers = The numbers
growth-star-later = Once you rate three skills or more, a star chart shows them together here.
growth-table-label = Your ratings, in a table
growth-table-caption = Your ratings: first check-in, last time and now
growth-col-skill = Skill
growth-col-first = First
growth-col-now = Now
growth-share = Share
growth-share-label = Share how { $skill } has grown
growth-each-area = Each area over time
growth-each-area-about = The average of your ratings in each area, at each check-in.
growth-area-label = { $area }: average at each check-in
growth-from-skills = { $count ->
    [one] from { $count } skill
   *[other] from { $count } skills
}
growth-check-ins = Your check-ins
growth-with-note = with a note
growth-evidence = Your evidence
growth-evidence-about = Moments you wrote that show each skill.
growth-quarters-label = Moments for { $skill }, three months at a time
# A rise gets a small note; anything else is "changed" at most, never a drop.
growth-up-since-last = Up { $change } since last time
growth-up-since-first = Up { $change } since your first check-in
growth-changed-since-last = Changed since last time
growth-changed-since-first = Changed since your first check-in
growth-not-rated = Not rated yet
