# The Home screen: the first thing a person sees each time.

home-title-loading = Brim
home-title-welcome = Welcome to Brim
home-title-again = Hello again

home-start-title = Everyone has skills.
home-start-body = Let's find your first one. Brim has ideas to help you spot them.
home-start-action = Find my first skill

home-check-in-title = Check-in
home-check-in-start = Start my check-in
# $date: the day the next check-in is due, as "25 November 2026".
home-check-in-on = That is on { $date }.

home-noticed-title = Someone noticed you
# $count: how many recognitions wait to be read.
home-noticed-waiting = { $count ->
    [one] One recognition is waiting for you.
   *[other] { $count } recognitions are waiting for you.
}
home-noticed-action = See what they said

home-idea-title = Something to think about
# Followed by the skill idea's name, in bold.
home-idea-answer = If so, that is a skill:
home-idea-action = Look at skill ideas

step-back-card-title = Step back
step-back-card-body = Picture a recent day as if you were watching a friend. What did that person do well?
step-back-card-action = Take a step back

home-recent-title = Recent moments
home-recent-all = See all your moments
home-recent-kept-before = Your step-back answers and what others noticed are kept with
home-recent-kept-link = all your moments
