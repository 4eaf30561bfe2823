# The locked screen: all a locked app shows.

unlock-title = Your journal is locked
unlock-body = It is kept private on this phone. Enter your passphrase to open it.
unlock-passphrase = Passphrase
unlock-show = Show what I typed
unlock-wrong = That passphrase didn't open it. Check it and try again.
unlock-opening = Opening…
unlock-open = Open my journal
