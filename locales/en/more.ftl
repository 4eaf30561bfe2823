# The More screen: the places one tap further away.

more-title = More
more-lock-now = Lock now
more-step-back = Step back
more-step-back-about = Look at a day from the outside, and spot the skills you showed.
more-noticed = Someone noticed…
more-noticed-about = When someone tells you what you are good at, keep it here.
more-find = Find a moment
more-find-about = Look back through everything you wrote.
more-group = Group
more-group-about = Join a group, and share only what you choose.
more-settings = Settings
more-settings-about = Check-in timing, backups, the lock, and a printable list of your skills.
more-private = Your journal stays on this device. Nothing is sent anywhere unless you join a group and choose to share.
