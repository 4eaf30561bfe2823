# Lists of moments: all of them, and a search through their words.

moments-title = Your moments
moments-find-link = Find a moment by its words
moments-none = No moments yet.
moments-more = Show more moments

# What kind of moment, beside its date in a list.
moment-kind-note = Moment
moment-kind-reflection = Step back
moment-kind-recognition = Someone noticed
moment-change = Change this moment
# For screen readers: which moment the button changes. $date: "25 November 2026".
moment-change-label = Change this moment from { $date }

search-title = Find a moment
search-words = Words to look for
search-button = Search
# $words: what the person searched for.
search-nothing = Nothing found for “{ $words }”
# $count: how many moments matched.
search-found = { $count ->
    [one] { $count } moment found
   *[other] { $count } moments found
}
search-try = Try a different word, like a place or a person.

# Writing or changing a moment.
moment-not-found = Moment not found
moment-not-found-how = Open it again from your list of moments.
moment-go-home = Go to Home
moment-form-about = Something you did that showed a skill. Small things count.
moment-what = What happened?
moment-when = When?
moment-which-skills = Which skills did it show?
# Three parts of one sentence, around a link: "You have no skills yet. You can
# still save this, and [find your skills] after."
moment-no-skills-before = You have no skills yet. You can still save this, and
moment-no-skills-link = find your skills
moment-no-skills-after = after.
# Beside a skill whose words match what was written.
moment-sounds-like = sounds like this
moment-save = Save moment
moment-save-changes = Save changes
moment-share = Share this moment with my group
moment-delete-title = Delete
moment-delete-ask = Delete this moment for good?
moment-delete-yes = Yes, delete it
moment-delete-no = No, keep it
moment-delete = Delete this moment

# Words kept from an earlier visit to a form.
draft-kept = Here is what you were writing. It was kept for you.
draft-start-again = Start again
