# Words used on every screen: the bottom bar, dates, the check-in's timing.
# Read locales/TRANSLATING.md before changing a word here.

app-name = Brim

nav-label = Main
nav-home = Home
nav-skills = Skills
nav-check-in = Check-in
nav-growth = Growth
nav-group = Group
nav-more = More

# One short sentence about when the next check-in is.
due-first = Your first check-in is ready whenever you are.
due-now = It's time for a check-in.
due-tomorrow = Your next check-in is tomorrow.
# $days: how many days until the next check-in (2 or more).
due-in-days = { $days ->
    [one] Your next check-in is in { $days } day.
   *[other] Your next check-in is in { $days } days.
}

# A span of three months on the Growth screen: "October to December 2026".
quarter-months = { $first } to { $last } { $year }

moment-add = Add a moment
moment-what-is = A moment is something you did that showed a skill. Even a small thing counts.

# A date picked by its parts.
date-day = Day
date-month = Month
date-year = Year

# While a part of the app is fetched.
app-loading = Just a moment…
app-growth-loading = Getting your growth ready…
app-not-here = This page is not here

# When the app itself (not the journal) gives no words for what went wrong.
error-unknown = Something went wrong. Please try again.
# $text: the app's own words for it.
error-unknown-said = Something went wrong: { $text }

# Listen: the device's own voice reads words aloud.
listen = Listen
listen-stop = Stop
# For screen readers. $what: what is read, like "the question".
listen-label = Listen to { $what }
listen-stop-label = Stop reading { $what } aloud
listen-what-question = the question
listen-what-rating = the skill and its choices
# $skill: a skill idea's name.
listen-what-idea = the idea: { $skill }
# $date: the moment's day.
listen-what-moment = your moment from { $date }
