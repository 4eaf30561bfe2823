# The skill ideas a person can pick from, and the steps of the "step back"
# reflection. Which ideas there are, their areas and their order are in
# crates/brim-core/data/prompts.toml; the words are here. Read
# locales/TRANSLATING.md, and the rules at the top of prompts.toml, first.
#
# Each idea: its name (1 to 3 words), then
#   .about     one plain sentence on what the skill is
#   .question  a question that helps someone see the skill in what they
#              already do, answered yes or no, with room to think
#   .job-words (some ideas) the skill as one plain first-person sentence
#              for an application form
# Never say "when you were ...": say "if" or "ever". Skills learnt in hard
# places are real skills.

## People

skill-idea-listening = Listening
    .about = Giving someone your full attention so they feel heard.
    .question = Do people tell you things they would not tell just anyone?
    .job-words = I listen carefully and people feel heard when they talk to me.

skill-idea-reading-a-room = Reading a room
    .about = Picking up on how people feel, and spotting when things are about to turn bad.
    .question = Have you ever sensed trouble coming before anyone said a word, and got out of the way in time?

skill-idea-calming-things-down = Calming things down
    .about = Helping a heated moment cool off before anyone gets hurt.
    .question = Have you ever talked someone down when a row was about to turn into a fight?

skill-idea-making-friends = Making friends
    .about = Getting to know new people and helping them feel welcome.
    .question = If you have ever moved somewhere new, did you find people to get on with and trust?

skill-idea-building-trust = Building trust
    .about = Helping people feel safe enough to be open with you.
    .question = Have you ever been the first person a shy or wary newcomer opened up to?

skill-idea-teamwork = Teamwork
    .about = Doing your part in a group so the whole thing works.
    .question = Have you ever shared a room, a kitchen or a job with others and helped keep things fair?
    .job-words = I work well in a team and do my share.

skill-idea-getting-along = Getting along
    .about = Finding common ground with people who are very different from you.
    .question = Do you get on with people from all walks of life, young and old, quiet and loud?

skill-idea-lifting-the-mood = Lifting the mood
    .about = Using a joke or a kind word to make a hard time feel lighter.
    .question = Have you ever made people laugh on a bad day, so they could keep going?

skill-idea-seeing-their-side = Seeing their side
    .about = Understanding how someone feels, even when their life is very different from yours.
    .question = Have you ever understood why someone acted the way they did, when others just got cross?
    .job-words = I understand how other people feel and can see things from their point of view.

skill-idea-not-judging = Not judging
    .about = Taking people as they are, without deciding who they are first.
    .question = Do people open up to you because they know you will not look down on them?
    .job-words = I treat everyone with respect and without judgement.

## Organising

skill-idea-planning-ahead = Planning ahead
    .about = Thinking about what is coming and getting ready for it.
    .question = Have you ever got through a week with nowhere fixed to stay by working out where to eat, wash and sleep?

skill-idea-keeping-track = Keeping track
    .about = Remembering dates, times and the things you said you would do.
    .question = Have you ever kept on top of lots of appointments, even with no diary or phone?

skill-idea-first-things-first = First things first
    .about = Working out what matters most and doing that first.
    .question = When lots of things go wrong at once, do you work out which one to sort first?

skill-idea-sorting-paperwork = Sorting out paperwork
    .about = Filling in forms and keeping letters safe so you can find them later.
    .question = Have you ever filled in a long form, or kept your papers safe through a move?

skill-idea-turning-up = Turning up
    .about = Being where you said you would be, when you said you would be there.
    .question = Have you ever kept going to something every week, like a group, a job or a visit, even when it was hard to get there?

skill-idea-setting-things-up = Setting things up
    .about = Bringing people, places and things together so an event happens.
    .question = Have you ever set up a meal, a trip, a party or a group for other people?

skill-idea-keeping-a-routine = Keeping a routine
    .about = Building a daily pattern that keeps you steady.
    .question = Have you ever kept a routine going in a place with strict rules, like a hostel, a ward or a prison?

skill-idea-keeping-things-tidy = Keeping things tidy
    .about = Keeping your things and your space in order so you can find what you need.
    .question = Have you ever kept everything you own safe and in order in one bag or one small room?

## Practical

skill-idea-cooking-with-little = Cooking with little
    .about = Making a good meal with very little money, food or kit.
    .question = Have you ever made a hot meal with one ring, a kettle or a microwave, and not much in the cupboard?
    .job-words = I can cook good meals for many people on a small budget.

skill-idea-fixing-things = Fixing things
    .about = Mending what is broken so it works again.
    .question = Have you ever patched up a bike, a phone, a tent or some clothes to make them last?

skill-idea-finding-your-way = Finding your way
    .about = Getting around a town, its buses and its buildings without getting lost.
    .question = Do you know a town so well that you can find the free toilets, the warm spots and the short cuts?

skill-idea-making-do = Making do
    .about = Using whatever you have to hand to get a job done.
    .question = Have you ever made something useful out of things other people threw away?

skill-idea-staying-safe = Staying safe
    .about = Spotting danger and keeping yourself, your things and others out of harm's way.
    .question = Have you ever found a safe place to sleep, or kept your things safe in a risky place?

skill-idea-phones-and-computers = Phones and computers
    .about = Getting things done with a phone, tablet or computer.
    .question = Have you ever used a phone to find help, apply for something or keep in touch with people?

skill-idea-hands-on-work = Hands-on work
    .about = Using your hands and tools to build, clean, paint or make things.
    .question = Have you ever done building, painting, gardening or cleaning work, paid or not?

skill-idea-growing-things = Growing things
    .about = Looking after plants so they grow well.
    .question = Have you ever grown food or flowers, even in a pot on a windowsill?

## Creative

skill-idea-art-and-drawing = Art and drawing
    .about = Making pictures, patterns or marks that mean something to you.
    .question = Have you ever drawn, doodled, painted or made a card for someone, even on scrap paper?

skill-idea-music = Music
    .about = Playing, singing, writing or making music.
    .question = Have you ever played, sung, rapped or made up a tune, even just for yourself?

skill-idea-writing = Writing
    .about = Putting thoughts, stories or feelings into words.
    .question = Have you ever written a letter, a poem, a diary or some lyrics that said just what you meant?

skill-idea-telling-stories = Telling stories
    .about = Holding people's interest with a story, true or made up.
    .question = Do people stop and listen when you tell a story?

skill-idea-new-ideas = New ideas
    .about = Thinking of new ways to do things or to get round a problem.
    .question = Have you ever found a way round a problem that nobody else had thought of?

skill-idea-making-by-hand = Making by hand
    .about = Making, sewing, carving or shaping things with your hands.
    .question = Have you ever made a gift, a model, some jewellery or some clothes by hand?

skill-idea-style = Style
    .about = Putting clothes, hair or a room together so it looks good.
    .question = Have you ever made an outfit, a haircut or a room look good with next to no money?

skill-idea-photos-and-video = Photos and video
    .about = Seeing a good picture and catching it on camera.
    .question = Do you take photos or videos that make people stop and look?

## Resilience

skill-idea-keeping-going = Keeping going
    .about = Carrying on through hard times, one day at a time.
    .question = Have you ever got up and kept going on a day when everything felt like too much?

skill-idea-staying-calm = Staying calm
    .about = Keeping a clear head when things go wrong around you.
    .question = When things kick off around you, can you keep a cool head and think what to do?
    .job-words = I stay calm under pressure.

skill-idea-adapting = Adapting
    .about = Learning how a new place works, fast, and finding your feet there.
    .question = Have you ever had to learn the rules of a new place fast, like a care home, a prison or a new school?

skill-idea-bouncing-back = Bouncing back
    .about = Getting back up after a knock and trying again.
    .question = Have you ever lost a home, a job or a plan, and then started again?

skill-idea-staying-hopeful = Staying hopeful
    .about = Believing things can get better, even when it is hard to see how.
    .question = Have you ever kept a bit of hope going, for yourself or someone else, on a dark day?

skill-idea-making-a-change = Making a change
    .about = Choosing a new path and sticking with it.
    .question = Have you ever changed a habit or a way of life, and stuck with it even when it was hard?

skill-idea-knowing-yourself = Knowing yourself
    .about = Noticing your own moods and knowing what helps you.
    .question = Do you know the signs that a rough patch is coming, and what helps you through it?

skill-idea-patience = Patience
    .about = Waiting calmly for things that take time.
    .question = Have you ever waited weeks or months for news, a decision or a date, and kept your head?

## Money

skill-idea-budgeting = Budgeting
    .about = Making your money cover what you need, and knowing where it goes.
    .question = Have you ever made a little money stretch all the way to the next payment?
    .job-words = I manage a budget carefully and make money go further.

skill-idea-finding-bargains = Finding bargains
    .about = Knowing where to get what you need cheap or for free.
    .question = Do you know where to get food, clothes or other things for free or for very little?

skill-idea-saving-up = Saving up
    .about = Putting a little aside, bit by bit, for later.
    .question = Have you ever put money by, a bit at a time, for something that mattered to you?

skill-idea-fair-prices = Fair prices
    .about = Knowing what things are worth and when a price is fair.
    .question = Can you tell when a price is fair, and when someone is trying to rip you off?

skill-idea-swapping-and-trading = Swapping and trading
    .about = Making fair swaps so both sides get something they need.
    .question = Have you ever swapped things, skills or favours so that both of you came out better?

skill-idea-selling = Selling
    .about = Helping people see why something is worth buying.
    .question = Have you ever sold something, like a magazine, things you no longer needed or your own work?

skill-idea-paying-bills = Paying bills
    .about = Keeping on top of rent, bills and what you owe.
    .question = Have you ever kept up with rent or bills, or made a plan to pay back what you owed?

skill-idea-claiming-benefits = Claiming benefits
    .about = Finding out what money and help you can get, and getting it paid.
    .question = Have you ever worked out which benefits or grants you could get, and seen the claim through?

## Caring

skill-idea-first-aid = First aid
    .about = Helping someone who is hurt or unwell until more help comes.
    .question = Have you ever kept someone safe through an overdose, a fit or a bad fall until help came?

skill-idea-caring-for-animals = Caring for animals
    .about = Keeping an animal fed, safe, well and happy.
    .question = Have you ever looked after a dog or another pet, and kept it fed and safe even when times were hard?

skill-idea-checking-on-people = Checking on people
    .about = Noticing when someone is not OK, and checking on them.
    .question = Do you notice when a friend has gone quiet, and go and check they are all right?

skill-idea-caring-for-family = Caring for family
    .about = Helping look after a child, a parent, a partner or someone else close to you.
    .question = Have you ever looked after a child, a parent or someone else at home, at any age?

skill-idea-caring-for-yourself = Caring for yourself
    .about = Doing the small things that keep you well, fed, clean and warm.
    .question = Have you ever found ways to stay clean, fed and warm when that took real effort?

skill-idea-kindness = Kindness
    .about = Doing good things for others without being asked.
    .question = Have you ever shared your food, a blanket or your last bit of money with someone who needed it?

skill-idea-making-a-home = Making a home
    .about = Making a place clean, safe and homely, however small it is.
    .question = Have you ever turned a small room, a cell or a tent into somewhere that felt a bit like home?

skill-idea-being-there = Being there
    .about = Staying by someone's side through a hard time.
    .question = Have you ever stuck by a friend through a crisis, a loss or a long rough patch?

skill-idea-being-active = Being active
    .about = Keeping your body moving, by walking, sport, dancing or hard work.
    .question = Do you walk everywhere, play a sport, or keep going on your feet all day?
    .job-words = I keep fit and active, and I am used to physical work.

## Speaking up

skill-idea-speaking-for-yourself = Speaking for yourself
    .about = Saying clearly what you need and what is not OK.
    .question = Have you ever told someone in charge what you needed, and kept at it until they listened?

skill-idea-backing-others-up = Backing others up
    .about = Speaking out when someone else is being treated badly.
    .question = Have you ever spoken up for someone who was being picked on or treated unfairly?

skill-idea-public-speaking = Public speaking
    .about = Talking to a room full of people so that they listen.
    .question = Have you ever spoken up at a meeting, a group, a hearing or a tribunal?
    .job-words = I am confident speaking to a group.

skill-idea-sharing-your-story = Sharing your story
    .about = Telling your own story in a way that helps other people.
    .question = Have you ever told part of your story so that someone else felt less alone?

skill-idea-putting-things-right = Putting things right
    .about = Raising a problem with the people in charge so it gets put right.
    .question = Have you ever made a complaint or an appeal and got a decision changed?

skill-idea-striking-a-deal = Striking a deal
    .about = Talking things through until both sides can agree.
    .question = Have you ever talked someone round to a deal, like more time to pay or a better price?

skill-idea-saying-no = Saying no
    .about = Turning something down, calmly and firmly.
    .question = Have you ever said no to something that was not good for you, even with others pushing you?

skill-idea-dealing-with-systems = Dealing with systems
    .about = Getting past phone queues, offices and rules until you are heard and things get done.
    .question = Have you ever got through long phone queues, lots of offices or a maze of rules to get something sorted?

skill-idea-asking-for-help = Asking for help
    .about = Knowing when to ask for help, and who to ask.
    .question = Have you ever asked for help when you needed it, even though it took courage?

skill-idea-fairness = Fairness
    .about = Making sure everyone gets a fair share and a fair say.
    .question = Have you ever noticed someone being left out, and made sure they got their turn?
    .job-words = I make sure people are treated fairly and that everyone gets a say.

skill-idea-defending-others = Defending others
    .about = Speaking up when someone is treated badly, even when it is hard.
    .question = Have you ever stepped in when someone was being picked on or talked down to?
    .job-words = I speak up for people who are treated unfairly.

skill-idea-speaking-for-a-group = Speaking for others
    .about = Putting across what a whole group thinks, not only what you think.
    .question = Have you ever told staff or a meeting what the people you know want or need?
    .job-words = I represent the views of a group clearly and fairly.

skill-idea-sitting-on-a-panel = Sitting on panels
    .about = Helping to choose new staff or volunteers, by asking questions and giving your view.
    .question = Have you ever helped interview someone, or been asked what you think of a new person?
    .job-words = I have sat on interview panels and helped choose the right people.

skill-idea-shaping-a-service = Shaping services
    .about = Helping a service work better by saying what works and what does not.
    .question = Have you ever told a service how to do things better, and seen them change it?
    .job-words = I help design and improve services, using my own experience.

## Learning

skill-idea-learning-fast = Learning fast
    .about = Picking up new things quickly by watching and trying.
    .question = Have you ever picked up a new job, game or trick just by watching someone do it?

skill-idea-teaching-yourself = Teaching yourself
    .about = Finding out how to do something on your own.
    .question = Have you ever learnt something from videos, books or trying again and again, with no one to teach you?

skill-idea-asking-questions = Asking questions
    .about = Being curious, and asking until things make sense.
    .question = Do you keep asking questions until something makes sense to you?

skill-idea-teaching-others = Teaching others
    .about = Showing someone else how to do something.
    .question = Have you ever shown someone new the ropes, like where to eat, where to sleep or where to get help?
    .job-words = I am good at showing others how to do things.

skill-idea-finding-things-out = Finding things out
    .about = Looking things up and getting to the facts you need.
    .question = Have you ever looked into your rights, the law or a health worry, and found out what you needed?

skill-idea-taking-a-course = Taking a course
    .about = Signing up to learn something and seeing it through.
    .question = Have you ever done a course, a class or a training day, anywhere at all?

skill-idea-trying-again = Trying again
    .about = Looking back at what did not work, and doing it differently next time.
    .question = Have you ever had another go at something in a new way after the first try did not work?

skill-idea-good-memory = Good memory
    .about = Remembering names, faces, facts or the way to places.
    .question = Do you remember names, phone numbers or the way to places better than most people?

skill-idea-picking-up-languages = Picking up languages
    .about = Learning new words, sign language, slang or a whole new language.
    .question = Have you ever picked up words in another language, some sign language or the slang of a new place?

## The step back: questions asked in the third person ("this person",
## "they", never "you"), in this order, each with a short hint.

step-back-step-picture-the-day = Think of a recent day. Picture it as if you were watching someone else. Where is this person, and who is around them?
    .hint = Step out of yourself for a moment. Any day will do, big or small.

step-back-step-what-they-faced = What did this person have to deal with that day?
    .hint = Big or small: a worry, a wait, a queue, a job to do.

step-back-step-how-they-got-through = What did they do to get through it?
    .hint = Count every step, even the ones that felt like nothing.

step-back-step-who-they-helped = Who did this person help, or get on with, that day?
    .hint = A kind word, a laugh or a helping hand all count.

step-back-step-what-a-friend-would-say = What would a good friend say this person is good at?
    .hint = Be as kind about them as you would be about a friend.

step-back-step-skills-you-saw = Which skills did you see this person use?
    .hint = Name as many as you like. The skill list can help.
