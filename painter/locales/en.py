"""English texts. Keys are ``area.item``; values may hold ``{placeholders}``."""

TEXT: dict[str, str] = {
    # the frame: language, links, presenter mode, shared words
    "app.language": "Language / 言語",
    "app.language.ja": "日本語",
    "app.language.en": "English",
    "app.url_rejected": "Some settings in this link could not be used and were reset: {names}.",
    "app.link": "Link to this view",
    "app.link_help": "Copy it with the button in the box: whoever opens it sees this page with these settings.",
    "app.previous": "Previous: {title}",
    "app.next": "Next: {title}",
    "app.present": "Presenter mode (for a projector)",
    "app.present_help": "For a projector: large type, figures sized to fit, controls tucked away. Add ?present=1 to a link to open it this way.",
    "app.present_controls": "Show the controls",
    "app.sidebar_note": "painter (this app's name) shows, step by step, what an image-generating AI does inside. "
    "Every number on these pages is computed live.",
    "axis.x1": "pixel 1 (style)",
    "axis.x2": "pixel 2 (scene)",
    "common.seed": "Seed",
    "common.seed_help": "The number the random draws start from: the same seed gives the same pictures, so a class can look at the same"
    " ones.",
    "common.download_png": "Download these pictures (PNG)",
    "common.download_csv": "Download the works (CSV)",
    "common.again": "Redraw",
    "tasks.title": "Try this",
    # page: home
    "nav.home": "Overview",
    "home.title": "What does a painting AI do inside?",
    "home.takeaway": "It learns where good pictures live among all possible pictures, then picks new ones from there.",
    "home.intro": "Small steps take you from the numbers inside a picture to an AI that paints in a given style, "
    "on to how today's image generators (diffusion models: they start from pure noise and clean it away step by "
    "step) turn noise into pictures, and how a prompt (the request for what to draw) steers them. "
    "Each step is a page you can play with; open them in order, or jump to the one you need.",
    "home.step": "Step {number}",
    "home.source": "Based on the Japanese blog post “お絵描きAIの中では何をしているか？” by Yukara Ikemiya (2022), "
    "retold here in interactive form.",
    "home.warming": "Getting the maths ready…",
    # page: pixels
    "nav.pixels": "Pixels",
    "home.pixels": "A picture is a grid of numbers from 0 to 255, and a colour one holds three per pixel.",
    "pixels.title": "A picture is a grid of numbers",
    "pixels.takeaway": "To a computer a photo is only numbers: one value from 0 (black) to 255 (white) per pixel, "
    "and three values per pixel in colour.",
    "pixels.photo": "Photo",
    "pixels.photo.china.jpg": "Temple",
    "pixels.photo.flower.jpg": "Flower",
    "pixels.region_size": "Zoom box size",
    "pixels.region_x": "Zoom box: column",
    "pixels.region_y": "Zoom box: row",
    "pixels.as_numbers": "The photo in grayscale, drawn from its numbers",
    "pixels.value": "value",
    "pixels.hover": "column %{x}, row %{y}<br>value %{z}",
    "pixels.heatmap_caption": "Hover to read any pixel's value; drag to zoom, double-click to zoom out. "
    "The blue box is shown as numbers on the right.",
    "pixels.region_title": "Inside the blue box: {size}×{size} pixels from column {x}, row {y}",
    "pixels.grid_caption": "Each square is one pixel and the number is all the computer stores for it: "
    "0 is black, 255 is white.",
    "pixels.colour_title": "Colour: three numbers per pixel",
    "pixels.colour_text": "A colour pixel mixes red, green and blue light, each with its own value from 0 to 255. "
    "Below, each channel is shown as a grayscale picture of its own: bright where that colour is strong.",
    "pixels.layer.colour": "Colour (3 values per pixel)",
    "pixels.layer.gray": "Grayscale (1 value per pixel)",
    "pixels.layer.red": "Red channel",
    "pixels.layer.green": "Green channel",
    "pixels.layer.blue": "Blue channel",
    "pixels.size_title": "How much data is that?",
    "pixels.metric.pixels": "Pixels (width × height)",
    "pixels.metric.pixels_total": "{n:,} pixels",
    "pixels.metric.gray": "Numbers in grayscale",
    "pixels.metric.colour": "Numbers in colour (×3)",
    "pixels.metric.bytes": "{kib:,.0f} KiB at one byte each",
    "pixels.size_caption": "One value from 0 to 255 fits in one byte: 8 bits, each bit a single 0 or 1, and 8 of "
    "them make 2⁸ = 256 patterns. A KiB (kibibyte) is 1,024 bytes. Colour triples the data.",
    "pixels.upload.title": "Your own picture",
    "pixels.upload.label": "Upload a picture (PNG, JPEG, WebP, GIF or BMP, up to 10 MB)",
    "pixels.upload.help": "It is used only while this page stays open: it is not saved and nobody else sees it.",
    "pixels.upload.how": "Drag a picture onto the box below or press its “Upload” button. The box's own words come from Streamlit,"
    " the toolkit this app is built with, and stay in English.",
    "pixels.upload.showing": "Showing your picture instead of the photo. Remove it to go back to the photos.",
    "pixels.upload.scaled": "Your picture has {w:,} × {h:,} pixels; the views below show it scaled down to "
    "{sw:,} × {sh:,} so the page stays quick. Its count below is for the full size.",
    "pixels.upload.count_label": "Possible pictures of this size and kind",
    "pixels.upload.count": "$256^{{{w:,}·{h:,}·{c}}}$: a number with {digits:,} digits",
    "upload.error.empty": "That file is empty (0 bytes).",
    "upload.error.too_big": "That file is larger than 10 MB.",
    "upload.error.not_image": "That file is not a picture this page can read. Try a PNG, JPEG, WebP, GIF or BMP.",
    "upload.error.format": "That kind of picture is not accepted here. Try a PNG, JPEG, WebP, GIF or BMP.",
    "upload.error.too_many_pixels": "That picture has too many pixels (more than 24 million) to open safely.",
    "upload.error.damaged": "That picture is damaged or cut short and cannot be read.",
    "alt.pixels_heatmap": "The photo in grayscale drawn as a heatmap of its pixel values, with a blue box marking the zoomed region.",
    "alt.pixels_grid": "A small block of the photo, each pixel drawn as a grey square with its value from 0 to 255 written in it.",
    "tasks.pixels.flower": "Switch to the flower photo and find a bright petal in the numbers.",
    "tasks.pixels.largest": "Make the zoom box as large as it goes (16×16).",
    # page: count
    "nav.count": "How many pictures?",
    "home.count": "Count every possible picture of a given size: the number has millions of digits.",
    "count.title": "How many different pictures are there?",
    "count.takeaway": "Every pixel takes one of 256 values, so a picture W pixels wide and H high (W·H pixels) is one of 256 multiplied by itself W·H times: from 6×6 on, more than the atoms in the universe (~10⁸⁰).",
    "count.width": "Width (pixels)",
    "count.height": "Height (pixels)",
    "count.colour": "Colour (×3 values)",
    "count.presets": "Try a size",
    "count.formula": "A {w:,} × {h:,} picture with {c} value(s) per pixel holds **{n:,}** numbers, "
    "each with 256 choices, so there are $256^{{{n_tex}}}$ different pictures of that size.",
    "count.digits": "Digits in that number",
    "count.pages": "Pages to print it",
    "count.pages_help": "at 3,000 digits a page",
    "count.exact_small": "Here it is in full:",
    "count.exact_large": "Its first 40 and last 40 digits, exactly ({hidden:,} digits in between are left out):",
    "count.download": "Download all {digits:,} digits (.txt)",
    "count.download_help": "The full number is worked out only when you click, so the page stays fast.",
    "count.too_long": "The full number would be {digits:,} digits long, too long to write out here, "
    "but its digit count, start and end above are exact.",
    "count.compare_title": "How big is that?",
    "count.bar.pictures.1": "Possible {w:,}×{h:,} grey pictures",
    "count.bar.pictures.3": "Possible {w:,}×{h:,} colour pictures",
    "count.bar.sand": "Grains of sand on Earth (about {value})",
    "count.bar.seconds": "Seconds since the Big Bang (about {value})",
    "count.bar.atoms": "Atoms in the observable universe (about {value})",
    "count.bar.chess": "Possible games of chess (about {value})",
    "count.bar.axis": "number of decimal digits (log scale)",
    "count.bar.hover": "%{y}: %{x:,} digits",
    "count.compare_caption": "The bars count digits, not the numbers themselves: each extra digit is ten times more. "
    "Even the digit counts differ too much for an ordinary axis, so the axis is stretched: each equal step along it "
    "multiplies the digit count by ten, and a bar of {low} digits and one of millions both fit. "
    "A 1 followed by n zeros, 10ⁿ, has n + 1 digits: 10⁸⁰ has 81. "
    "The famous huge numbers here have {low} to {high} digits; the pictures of the size chosen above have "
    "{digits:,}.",
    "count.tiny_title": "Tiny pictures, counted in full",
    "count.tiny.size": "Size (W×H)",
    "count.tiny.gray": "Grayscale pictures",
    "count.tiny.colour": "Colour pictures",
    "count.tiny_caption": "A 2×1 grayscale picture has just 256 × 256 = 65,536 possibilities: "
    "small enough to draw all of them as a plane, which is what step 4 does.",
    "alt.count_chart": "Bar chart comparing the number of digits of the count of possible pictures with famous large numbers; the pictures' bar is far longer.",
    "tasks.count.megapixel": "Count the pictures of a 1000×1000 colour photo.",
    "tasks.count.two": "Count the 2-pixel grayscale pictures (2×1): the plane of step 4.",
    # page: untrained
    "nav.untrained": "Untrained AI",
    "home.untrained": "Pick each pixel at random, as an untrained AI would, and all you get is noise.",
    "untrained.title": "An untrained AI paints noise",
    "untrained.takeaway": "An AI that has learned nothing can still paint by picking every pixel at random, "
    "but it only ever paints noise.",
    "untrained.count": "Pictures",
    "untrained.size": "Size (pixels per side)",
    "untrained.colour": "Colour",
    "untrained.caption": "Picture {i}",
    "untrained.real_title": "A real photo at the same size",
    "untrained.real_text": "This {size}×{size} photo is also one of the possible pictures, just as likely as any "
    "noise under random painting. Yet among all those possibilities almost none look like anything: "
    "the few that do are lost in the crowd.",
    "untrained.odds_title": "What are the odds?",
    "untrained.odds": "A {size}×{size} {kind} picture holds {n:,} values, so random painting hits one particular "
    "picture with probability 1 in $256^{{{n_tex}}}$: about 1 in $10^{{{exp_tex}}}$, a number with {digits:,} digits.",
    "untrained.kind.colour": "colour",
    "untrained.kind.gray": "grayscale",
    "untrained.odds_universe": "Even painting a billion pictures every second for the {seconds} seconds since the Big "
    "Bang makes only {tries} pictures. Each is that one picture with the chance above, so all of them together hit it "
    "with a chance of about {tries} ÷ $256^{{{n_tex}}}$ ≈ $10^{{{exponent}}}$.",
    "untrained.odds_percent": "Painting a billion pictures every second since the Big Bang, "
    "the chance of hitting it at least once is about {percent}: try a bigger size and watch the odds collapse.",
    "untrained.odds_likely": "At this tiny size, a billion pictures a second since the Big Bang would almost surely "
    "hit it: try a bigger size and watch the odds collapse.",
    "tasks.untrained.seeds": "Redraw until seed 5: does any noise look like anything at all?",
    "tasks.untrained.tiny": "Shrink the pictures to 2×2 pixels and read the odds again.",
    "tasks.untrained.colour": "Switch to colour: three times the numbers, still noise.",
    # page: contest
    "nav.contest": "The 2-pixel contest",
    "home.contest": "The pictures people want sit in a tiny part of that space: meet 300 artists' 2-pixel works.",
    "contest.title": "The 2-pixel painting contest",
    "contest.takeaway": "The pictures people want fill only a small part of all pictures: "
    "300 artists' 2-pixel works gather in three clusters on the 256×256 plane.",
    "contest.artist": "Pick an artist",
    "contest.strip_count": "Works shown below",
    "contest.works": "works",
    "contest.hover": "pixel 1 (style): %{customdata[0]}<br>pixel 2 (scene): %{customdata[1]}",
    "contest.chosen": "Artist {i}'s work",
    "contest.plane_caption": "Every point of the plane is one possible 2-pixel picture (65,536 in all). "
    "Each work is drawn as itself: a tiny 2×1 picture (2 pixels wide, 1 high), left square pixel 1, right square "
    "pixel 2.",
    "contest.chosen_values": "Pixel 1 (style) = **{x1}**, pixel 2 (scene) = **{x2}**. "
    "That pair of numbers is the whole picture, and it is also its place on the plane.",
    "contest.occupied": "Share of the plane used",
    "contest.occupied_help": "Cut the 256×256 plane into {side} × {side} = {squares:,} squares, each {tile} grey levels "
    "(differences of 1 in a pixel's value) wide and {tile} high: the share of those squares that hold at least one work",
    "contest.distribution": "The works are all different, yet they are far from random: they crowd into three places "
    "and leave most of the plane empty. That uneven spread is the **distribution** of paintings, "
    "and learning it is what training a painting AI means.",
    "contest.strip_title": "The first {n} works, as pictures",
    "contest.strip_caption": "Each framed pair is one artist's whole 2-pixel painting.",
    "alt.contest_plane": "Scatter plot of the 300 two-pixel works on the 0–255 by 0–255 plane: they form three separate clusters and most of the plane is empty.",
    "tasks.contest.artist": "Pick another artist and find their work on the plane.",
    "tasks.contest.strip": "Show 40 works as pictures in the row below the plane.",
    # page: classroom (a side step after the contest)
    "nav.classroom": "Class contest",
    "home.classroom": "Now the class holds the contest: everyone paints on their phone (up to 3 works each), and the app learns from the class's works "
    "live, on the projector.",
    "classroom.title": "The class contest",
    "classroom.takeaway": "Everyone paints 2-pixel works now (up to 3 each); the class's works gather on the board, and the app learns their distribution with the model that step 5 explains.",
    "classroom.intro": "The teacher opens a room and shows its code and QR code on the projector. Each student joins on a phone, sets "
    "pixel 1 (style) and pixel 2 (scene) with two sliders and sends a work. The works arrive on the board within "
    "seconds; then the board learns from them with step 5's Gaussian mixture (several bell-shaped hills added "
    "together), its number of components (the hills) and its covariance (how far a hill spreads "
    "each way, and whether it leans) chosen by BIC (a score that weighs how well the model fits the works against how "
    "many numbers it needs). No names and no text: only two numbers per work.",
    "classroom.for_teacher": "For the teacher",
    "classroom.open_text": "A new room, with a code to read aloud and a secret link for your board.",
    "classroom.open": "Open a room",
    "classroom.for_student": "For a student",
    "classroom.code": "Room code",
    "classroom.join": "Join",
    "classroom.example": "A work is two grey squares, for example:",
    "classroom.example_caption": "The third work has both squares at 128, so the two look like one plain block. Each "
    "student may send up to 3 works, and take back their own.",
    "classroom.room_code": "Room code",
    "classroom.your_work": "Your work",
    "classroom.send": "Send my work",
    "classroom.sent": "Sent: your work is on the board.",
    "classroom.locked": "The teacher has locked the room: no more works for now.",
    "classroom.sent_count": "You have sent **{n}** of {most} works.",
    "classroom.take_back": "Take back ({x1}, {x2})",
    "classroom.class_title": "The class's works ({n})",
    "classroom.refresh": "Show the latest works",
    "classroom.student_caption": "Your works are ringed; the grey dots are the 300 artists of step 4. You are an anonymous number kept in this page's address, so reloading keeps your works yours.",
    "classroom.leave": "Leave this room",
    "classroom.fig.artists": "the 300 artists",
    "classroom.fig.class": "the class's works",
    "classroom.fig.mine": "your works",
    "classroom.fig.hover_class": "work no. %{customdata[0]}<br>pixel 1: %{customdata[1]}<br>pixel 2: %{customdata[2]}",
    "classroom.fig.hover_artist": "an artist's work: (%{x}, %{y})",
    "classroom.fig.density": "density: share of works in a 10×10 square",
    "classroom.fig.works": "the class's works",
    "classroom.fig.component": "component",
    "classroom.fig.centre": "centre of a component",
    "classroom.fig.hover_work": "work: (%{x}, %{y})",
    "classroom.fig.new": "new works",
    "classroom.fig.hover_new": "new work<br>pixel 1: %{customdata[0]}<br>pixel 2: %{customdata[1]}",
    "alt.classroom_student": "Scatter plot of the class's 2-pixel works on the 0–255 plane beside the 300 artists' works, the student's own works ringed.",
    "alt.classroom_board": "The class's 2-pixel works on the 0–255 plane as they arrive, beside the 300 artists' works, with the learned density's contours once the class has been learned from.",
    "classroom.join_text": "Scan the code or open this address, then paint one work:",
    "classroom.key_private": "This page's own address holds your teacher key: keep it to yourself, and give the class only the address above.",
    "classroom.qr_caption": "Scan to join",
    "classroom.count": "Works received",
    "classroom.state": "Room",
    "classroom.state.open": "open",
    "classroom.state.locked": "locked",
    "classroom.learn": "Learn from the class",
    "classroom.lock": "Lock the room",
    "classroom.close": "Close the room",
    "classroom.close_text": "Closing deletes every work of this room; the code then opens nothing.",
    "classroom.close_now": "Close and delete the works",
    "classroom.closed": "The room is closed and its works are deleted.",
    "classroom.remove_id": "Work no.",
    "classroom.remove": "Remove this work",
    "classroom.too_few": "The model needs at least {need} works to learn from: wait for a few more, then press again.",
    "classroom.learned_title": "What the model learned from the class's {n} works",
    "classroom.learned_text": "BIC chose **{k}** components with the **{cov}** shape. The contours on the board are the learned distribution; the orange works are new ones drawn from it.",
    "classroom.new_works": "New works drawn from the class's model",
    "classroom.style_x1": "Keep this style (pixel 1)",
    "classroom.same_style": "New scenes in the style {x1}, from the class's model (as in step 6)",
    "classroom.learned_caption": "Press “Learn from the class” again to learn from the works that have arrived since.",
    "classroom.error.unknown": "There is no open room with this code. Check the code with your teacher.",
    "classroom.error.malformed": "A room code has 4 to 12 letters and digits (no 0, O, 1 or I).",
    "classroom.error.closed": "This room is closed.",
    "classroom.error.locked": "The teacher has locked the room: no more works for now.",
    "classroom.error.full": "The room is full.",
    "classroom.error.student_full": "You have sent as many works as you may. Take one back to send another.",
    "classroom.error.key": "This link does not open the teacher's board of this room.",
    "classroom.error.value": "A work is two whole numbers from 0 to 255.",
    "classroom.error.student": "This link's student number is not valid; open the room's link again.",
    "classroom.error.work": "There is no such work in this room.",
    "classroom.error.too_many_rooms": "Too many rooms are open on this server; try again later.",
    "classroom.error.database": "The rooms' database cannot be reached just now; try again in a moment.",
    "classroom.error.too_many_tries": "Too many wrong codes: wait a minute, then try again.",
    "classroom.error.too_fast": "Not so fast: wait a second before sending again.",
    # the model's settings (every page that shows the 2-pixel model)
    "model.components": "Components",
    "model.components_help": "How many bell-shaped hills the model may use to describe where the works gather.",
    "model.covariance": "Shape of each component",
    "model.covariance_help": "The covariance (how far a hill spreads each way, and whether it leans): full, any tilted ellipse; tied, one "
    "shared ellipse; diag, ellipses along the axes; spherical, circles.",
    "model.cov.full": "full",
    "model.cov.tied": "tied",
    "model.cov.diag": "diag",
    "model.cov.spherical": "spherical",
    # page: learn
    "nav.learn": "Learn and generate",
    "home.learn": "Training estimates where the works gather (a mixture of bell-shaped hills); generating draws from it.",
    "learn.title": "Learn the distribution, then generate",
    "learn.takeaway": "Training estimates where the works gather, their density (how thickly works are expected at each spot); "
    "generating draws new works where that density is high: new, yet similar to the originals.",
    "learn.n_new": "New works to draw",
    "learn.fitting": "Learning from the 300 works…",
    "learn.fig.density": "density: share of works in a 10×10 square",
    "learn.fig.works": "the 300 works",
    "learn.fig.component": "component",
    "learn.fig.centre": "centre of a component",
    "learn.fig.new": "new works",
    "learn.fig.hover_work": "work: (%{x}, %{y})",
    "learn.fig.hover_new": "new work<br>pixel 1: %{customdata[0]}<br>pixel 2: %{customdata[1]}",
    "learn.ll": "Average log-likelihood of a work",
    "learn.ll_delta": "{d:+.2f} against random painting",
    "learn.ll_help": "The log-likelihood: how probable the model finds a work, on a scale where +1 means about 2.7 times as "
    "probable; below 0 because one work's probability is a small fraction. Precisely, the mean of log p(work) over "
    "the 300 works: log is the logarithm: it turns “times as likely” into “plus”, so tiny chances become readable "
    "numbers; p(a) is the probability of a, and p(a | b) that of a given b. It is counted in nats (the unit of that"
    " scale: +1 nat means about 2.7 times as likely). A difference of d means eᵈ times as likely (eᵈ: e ≈ 2.718 "
    "to the power d, e × e for d = 2 and the values in between for decimals): e¹·⁴⁹ ≈ 4.4.",
    "learn.ll_uniform": "Untrained AI (every picture equally likely)",
    "learn.ll_text": "How to read these numbers: {learned:.2f} is how likely the learned model finds the 300 works, on a "
    "log scale: the logarithm of the probability it gives each work, averaged. It is below 0 because one work's "
    "probability is a small fraction. The untrained AI gives each of the 65,536 pictures the same chance, 1 in "
    "65,536, whose logarithm is {uniform:.2f}. The learned model is higher by {d:.2f}, and on this scale a "
    "difference d means e to the power d times as likely (e ≈ 2.718): $e^{{{d:.2f}}}$ ≈ {ratio:,.1f}. So the learned "
    "model rates a typical real work about **{ratio:,.1f} times** as likely as random painting does: it has learned "
    "where works live.",
    "learn.components_title": "What the model found",
    "learn.table.component": "component",
    "learn.table.weight": "share of works",
    "learn.table.mean": "centre",
    "learn.strip_title": "{n} new works, as pictures",
    "learn.strip_caption": "The model draws real numbers (numbers with decimals, such as 127.38); to show them as pictures they are "
    "rounded to whole values and clipped to 0–255.",
    "learn.copies_title": "New, not copied",
    "learn.copies_intro": "Each new work beside the contest work nearest to it, and their distance on the plane.",
    "learn.copies.new": "new work",
    "learn.copies.nearest": "nearest contest work",
    "learn.copies.distance": "distance",
    "learn.copies.fig.x": "distance to the nearest contest work",
    "learn.copies.fig.y": "share of works",
    "learn.copies.fig.drawn": "new works",
    "learn.copies.fig.unseen": "real unseen works",
    "learn.copies.fig.hover": "distance %{x}<br>share %{y:.1%}",
    "learn.copies_caption": "Real unseen works: a fresh contest of {m} other artists (seed 1), which the model never "
    "saw. Half the new works lie within {median_new:.1f} grey levels (a grey level is a difference of 1 in a pixel's "
    "value) of a contest work, half the unseen works within "
    "{median_unseen:.1f}: both are close because the contest's works crowd into three schools (groups of artists whose "
    "works look alike), so any point lands near one. Copies would pile up at 0; only a few works land there, by chance ({zero_new} of the {n} new works, "
    "{zero_unseen} of the {m} unseen ones). With few new works the bars jump about: draw more to compare.",
    "alt.learn_plane": "Contour map of the learned density over the plane, with the works, the components' ellipses and newly drawn works.",
    "alt.learn_copies": "Histograms of the distance from each new work to its nearest contest work, against real unseen works.",
    "tasks.learn.one": "Learn with a single component: what does one Gaussian miss?",
    "tasks.learn.spherical": "Try the spherical shape: circles instead of tilted ellipses.",
    "tasks.learn.many": "Draw 40 new works or more and compare them with the originals.",
    # page: digits
    "nav.digits": "Real pictures",
    "home.digits": "The same idea on real 8×8 handwritten digits: draw new ones, check they are not copies, fill in a "
    "hidden half.",
    "digits.title": "Beyond 2 pixels: real 8×8 pictures",
    "digits.takeaway": "The very same recipe — learn where real pictures gather, then draw from there — works on "
    "pictures of 64 pixels, and it can even fill in a hidden part.",
    "digits.fitting": "Learning the digits ({n} pictures), {k} components… only the first visit waits.",
    "digits.section": "Show",
    "digits.section.real": "Real vs drawn vs noise",
    "digits.section.copies": "New, not copied",
    "digits.section.inpaint": "Inpainting",
    "digits.components": "Components",
    "digits.components_help": "How many Gaussians the mixture (several bell-shaped hills added together) has. BIC on the training digits "
    "picks {best}; it weighs how well the model fits against how many numbers it needs.",
    "digits.model_note": "The model learns from {n:,} handwritten digits and never sees {m} others, kept aside to test it. It first "
    "shortens each digit's 64 pixels to {dims} numbers with PCA (a way to keep only the few directions in which "
    "pictures differ most; a direction is one pattern of light and dark over the 64 pixels): each of the {dims} numbers says how much of one such pattern to add to the average digit to rebuild the picture. How much the training digits differ is measured by their spread: how far each one's pixel values lie from the average digit's, squared and added up over all 64 pixels and all the digits; the {dims} patterns keep {kept:.0%} of that spread, so a rebuilt digit loses only small details; in their place, the model adds a little random noise to every pixel. It learns a Gaussian mixture (several bell-shaped hills added together) on these {dims} numbers, and maps what it draws back to the "
    "64 pixels; BIC (a score that weighs how well the model fits against how many numbers it needs) chooses {best} "
    "components (hills).",
    "digits.grid.real": "Real digits (never seen by the model)",
    "digits.grid.drawn": "Digits the model draws",
    "digits.grid.noise": "The untrained AI (random pixels)",
    "digits.grid.real_caption": "These digits were stored with values 0–16 (17 grey levels); they are stretched to 0–255 like every picture "
    "here. The comparison below is still fair: neither the model nor the random painter is told that only 17 "
    "levels occur, both spread their chances over the whole range 0–255.",
    "digits.grid.drawn_caption": "Drawn from the learned mixture, then rounded and clipped to valid pixels. Many are "
    "smudged or only half like a digit: the model has caught the rough shapes, not every stroke. Yet they are far "
    "nearer to digits than the noise beside them, and the numbers below measure by how much.",
    "digits.grid.noise_caption": "Every pixel uniformly random over 0–255 (every value equally likely), as on step 3.",
    "digits.bpp.learned": "Learned model, on digits it never saw: bits per pixel",
    "digits.bpp.uniform": "Untrained AI (uniform), bits per pixel",
    "digits.bpp.help": "Bits per pixel: how many yes-or-no questions, on average, pin down one pixel: random pixels need 8. Here it is"
    " −log₂ p(picture) ÷ 64, averaged over the digits the model never saw: log₂ is the logarithm: it turns “times "
    "as likely” into “plus”, so tiny chances become readable numbers, and p(a) is the probability of a, and p(a | "
    "b) that of a given b. The chance of a picture of whole grey levels is the model's density (how thickly works "
    "are expected at each spot) at it, a bin of width 1 per pixel. Uniform random pixels need exactly 8 bits per "
    "pixel, since each of 256 levels has chance 1/256. Saving s bits on each of the 64 pixels makes a digit 2 to "
    "the power 64·s times as likely: hence the power of ten below.",
    "digits.bpp.meaning": "With the model's help, pinning down each pixel takes **{saved:.2f} fewer yes-or-no "
    "questions** (bits per pixel) than without it. Put another way (each bit saved doubles the chance, on each of 64 "
    "pixels: 2 to the power 64 × {saved:.2f}), it finds a real digit it has never seen about "
    "**$10^{{{power:.0f}}}$ times** as likely as the untrained AI does: its own drawings are rough, but it has "
    "learned a great deal about what digits look like, not only the ones it was shown.",
    "digits.copies.intro": "Does the model make new digits or copy the ones it learned from? Each drawn digit (left) "
    "is shown beside the training digit nearest to it (right), with their distance, how far apart the two "
    "pictures' pixel values are: the square root of the sum of squared pixel differences. For scale: two pictures whose 64 pixels all differ by 40 grey levels are at "
    "distance √(64 × 40²) = 8 × 40 = 320, so distance ÷ 8 is about how far a typical pixel is off.",
    "digits.copies.pair": "distance {d:.0f}",
    "digits.copies.pair_caption": "The distance under each pair compares the two pictures' pixel values; a copy, "
    "every pixel the same, would be at distance 0. The model drew {n} digits; lined up from the closest to the farthest, "
    "these {shown} pairs are every {step:.0f}th or so of them, from the first ({low:.0f}) to the last ({high:.0f}), so they span all {n} and the "
    "middle of the row sits at about their median, {median:.0f}. The histogram below (bars of how many pictures fall "
    "at each distance) puts all {n} drawn digits next to the digits the model never saw.",
    "digits.copies.fig.x": "distance to the nearest training digit",
    "digits.copies.fig.y": "share of pictures",
    "digits.copies.fig.drawn": "drawn digits",
    "digits.copies.fig.unseen": "real digits it never saw",
    "digits.copies.fig.hover": "distance %{x}<br>share %{y:.1%}",
    "digits.copies.median_drawn": "Median distance, drawn digits",
    "digits.copies.median_unseen": "Median distance, real digits it never saw",
    "digits.copies.closest": "Smallest distance between a drawn digit and its nearest training digit",
    "digits.copies.closest_help": "Of the {n} drawn digits, the one whose pixel values come nearest to some "
    "training digit's (the first pair above); a copy would be at 0.",
    "digits.copies.verdict": "A median is the middle value: half the pictures are closer, half farther. Drawn digits "
    "sit no closer to the training digits than real digits the model never saw (farther, in fact: the small "
    "differences that the {dims} numbers leave out, the model puts back as random noise on every pixel, and real "
    "digits have no such speckle). None is a copy. Step 8, later, draws digits that sit closer to their training "
    "digits: its model is different (one small mixture for each digit, each picture shortened to 20 numbers instead "
    "of {dims}), and it compares a different number of "
    "pictures, so its distances cannot be set exactly against these.",
    "digits.inpaint.index": "Unseen picture no. (never shown to the model)",
    "digits.inpaint.index_help": "One of the {m} pictures the model never saw, by its number (0 to {last}): the number of the "
    "picture, not the digit drawn in it.",
    "digits.inpaint.mask": "Hide",
    "digits.inpaint.mask.bottom": "Bottom half",
    "digits.inpaint.mask.right": "Right half",
    "digits.inpaint.mask.box": "A rectangle",
    "digits.inpaint.rows": "Rectangle: rows",
    "digits.inpaint.cols": "Rectangle: columns",
    "digits.inpaint.all_hidden": "Keep at least one pixel visible: the model needs something to go on.",
    "digits.inpaint.truth": "The truth: a {digit}",
    "digits.inpaint.shown": "What the model sees",
    "digits.inpaint.completions": "{n} completions of the {hidden} hidden pixels",
    "digits.inpaint.caption": "Orange outline: the hidden pixels the model filled in. Each completion is drawn from the exact conditional "
    "distribution p(hidden | visible) (p(a) is the probability of a, and p(a | b) that of a given b). The hills were learned on {dims} numbers, but each hill maps back to a hill over all 64 pixels (its centre turned into a picture, plus the small leftover noise in every pixel), so single pixels can be fixed: conditioning "
    "(fixing what is known and asking about the rest) every Gaussian on the visible pixels, that is, working out for "
    "each hill how the hidden pixels spread when the visible ones have exactly these values, and recomputing each "
    "component's weight from how well it explains them.",
    "digits.inpaint.link": "Step 6 does the same with 2 pixels: it fixes one pixel (the style) and draws the other. "
    "Here each picture has 64 dimensions (one number of a picture's description: 64 pixels are 64 dimensions), the "
    "visible pixels are fixed and the hidden ones drawn, with the same formulas.",
    "alt.digits_distances": "Histograms of the distance from each picture to its nearest training picture, for drawn pictures and for real unseen ones.",
    "tasks.digits.copies": "Open “New, not copied” and check the nearest training digits.",
    "tasks.digits.inpaint": "Open “Inpainting” and let the model finish a half-hidden digit.",
    # page: training
    "nav.training": "Watch it learn",
    "home.training": "Watch the mixture learn step by step, choose how many hills (components) to use, add your own works "
    "and turn a temperature dial (it makes new works bolder or more cautious).",
    "training.title": "Watch it learn",
    "training.takeaway": "Learning is a loop: guess which school (component) each work belongs to, move each school to its works, and "
    "repeat until nothing changes.",
    "training.section": "Section",
    "training.section.em": "Watch EM",
    "training.section.choose": "Choose the model",
    "training.section.own": "Your own works",
    "training.section.temperature": "Temperature",
    "training.em.intro": "The mixture (several bell-shaped hills added together) is learned by **EM** (expectation–maximisation). The "
    "**E-step** colours each work by the component most likely to have painted it; the **M-step** moves every "
    "component's centre and ellipse to the works it explains. Press ▶ to watch, or drag the slider to step through "
    "the iterations. At iteration 0 nothing is learned yet: the colours only show the starting guess, chosen under "
    "“Start from”. This page starts from random shares (each work shared out at random among the components: a work may belong partly to several, its shares add up to 1, and the colour shows only the largest), a poor "
    "guess that leaves much to watch; k-means (a quick grouping: each work joins the nearest of k centres, each centre "
    "moves to its group's middle) starts close to the answer; random works start each component at one work picked at "
    "random.",
    "training.em.init": "Start from",
    "training.em.init.kmeans": "k-means",
    "training.em.init.random": "random shares",
    "training.em.init.random_from_data": "random works",
    "training.em.init_help": "k-means (a quick grouping: each work joins the nearest of k centres, each centre moves to its group's middle):"
    " a good first guess. Random shares: each work belongs a random part to every component. Random works: each "
    "component starts at one randomly chosen work.",
    "training.em.running": "Running EM…",
    "training.em.fig.iteration": "iteration",
    "training.em.fig.ll": "average log-likelihood",
    "training.em.fig.works": "the 300 works",
    "training.em.fig.play": "Play",
    "training.em.fig.pause": "Pause",
    "training.em.fig.reset": "Reset",
    "training.em.fig.hover_work": "work: (%{x}, %{y})",
    "training.em.fig.hover_ll": "iteration %{x}: %{y:.3f}",
    "training.em.caption": "{n} iterations: the average log-likelihood of a work (how probable the model finds a work, on a scale where +1"
    " means about 2.7 times as probable; below 0 because one work's probability is a small fraction) rose from "
    "{first:.3f} to {last:.3f} and never fell: each EM round can only improve it. The dotted square is the 0–255"
    " plane of every 2-pixel picture; early ellipses may reach past it. At iteration 0 the colours can already look"
    " tidy, yet nothing is learned: from random shares every component starts almost on the middle of all the"
    " works, a few grey levels from the others, and each work takes the colour of whichever is a hair nearer, which"
    " slices the cloud into neat but meaningless parts.",
    "training.choose.intro": "More components always fit the 300 works better, so the fit alone cannot choose. **BIC** and **AIC** (like "
    "BIC, with a smaller charge per learned number) charge for every extra parameter (a number the model learns, "
    "such as a centre or a share); lower is better. The **held-out** log-likelihood (how probable the "
    "model finds a work, on a scale where +1 means about 2.7 times as probable; below 0 because one work's "
    "probability is a small fraction) sets a quarter of the works aside, the held-out works, learns from the other "
    "three quarters, and asks how likely the held-out works look (higher is better).",
    "training.choose.metric": "Score",
    "training.choose.metric.bic": "BIC",
    "training.choose.metric.aic": "AIC",
    "training.choose.metric.held_out": "held-out log-likelihood",
    "training.choose.scoring": "Fitting every setting once (1–8 components, four shapes)…",
    "training.choose.best": "best",
    "training.choose.hover": "%{x} components: %{y:.2f}",
    "training.choose.note.bic": "BIC = −2 × log-likelihood + (number of parameters) × log(number of works), where log is the logarithm: it "
    "turns “times as likely” into “plus”, so tiny chances become readable numbers. Lower is better; it punishes extra "
    "components hardest. Its numbers run into thousands because it adds the log-likelihood up over all {n} works "
    "instead of averaging it: for {k} × {cov}, {n} works of {ll:.2f} each make {total:,.1f}, and −2 × that is "
    "{twice:,.1f}, before the charge ({ll:.2f} is rounded; the total uses the unrounded average).",
    "training.choose.note.aic": "AIC = −2 × log-likelihood + 2 × (number of parameters). Lower is better; it "
    "tolerates a few more components than BIC. Like BIC it adds the log-likelihood up over all {n} works: for {k} × "
    "{cov}, {n} × ({ll:.2f}) = {total:,.1f}, and −2 × that is {twice:,.1f}, hence its numbers in the thousands.",
    "training.choose.note.held_out": "The average log-likelihood of the 75 held-out works, which the model never saw (it learned from the other "
    "225). Higher is better.",
    "training.choose.best_text": "Best by this score: **{k} components, {cov} shape**.",
    "training.choose.apply": "Use {k} × {cov} on the Learn page",
    "training.choose.fit_title": "Too few, just right, too many",
    "training.choose.fit_text": "One component is too simple and smears one blob over three schools (under-fitting); "
    "eight components start to trace the chance clumps of these particular 300 works rather than the schools "
    "(over-fitting), and new works drawn from them would copy those accidents.",
    "training.choose.thumb.1": "1 component: too few",
    "training.choose.thumb.3": "3 components: the three schools",
    "training.choose.thumb.8": "8 components: too many",
    "training.choose.thumb_score": "Held-out log-likelihood: {ll} (higher is better)",
    "training.choose.fit_look": "What to look for: the contours of 3 and 8 components look almost alike, because"
    " 8 components still cover the same three schools. The coloured ellipses show the difference: with 8, several"
    " small ones share one school and follow its chance clumps. The held-out works show the price:"
    " 8 components score a little lower on them than 3 do, although they fit the works they learned from"
    " better. The 8-component panel does hold eight ellipses, though they overlap: {n_bottom} share the school"
    " at the bottom (together {share_bottom}% of the works), {n_left} share the school at the top left"
    " ({share_left}%), and the eighth covers the school at the top right alone ({share_right}%), as with 3"
    " components. Their centres are only a few dozen grey levels apart, and the smallest holds only {smallest}% of"
    " the works.",
    "training.own.intro": "Add works of your own and the model learns again from the contest plus your works. Type "
    "two pixel values, click anywhere on the plane, or press one of the ready-made changes below (such as “A fourth school”). Your "
    "works stay only in this open page: nobody else sees them, and reloading it forgets them.",
    "training.own.x1": "Pixel 1 (style)",
    "training.own.x2": "Pixel 2 (scene)",
    "training.own.add": "Add",
    "training.own.preset.fourth": "A fourth school",
    "training.own.preset.move": "Move a school",
    "training.own.preset.thin": "Thin a school out",
    "training.own.preset.empty": "Start from nothing",
    "training.own.preset.reset": "Back to the contest",
    "training.own.preset_help.fourth": "Sixty new works in the dark corner no artist has used.",
    "training.own.preset_help.move": "The school at the top left paints much darker scenes.",
    "training.own.preset_help.thin": "Keep one in six works of the school at the bottom.",
    "training.own.preset_help.empty": "Remove every work, then add your own one by one.",
    "training.own.preset_help.reset": "The 300 works of the contest again.",
    "training.own.count": "Works the model learns from",
    "training.own.too_few": "Learning {k} component(s) needs at least {need} works; there are {n} now. "
    "Add works or choose fewer components.",
    "training.own.full": "That is {most:,} works, the most one visitor can add: "
    "remove some with a ready-made change (such as “Thin a school out”) to add others.",
    "training.own.fitting": "Learning from your works…",
    "training.own.works": "works learned from",
    "training.own.hover_click": "click to add a work at (%{x}, %{y})",
    "training.own.caption": "Contours: what the model learned from these works. Crosses and ellipses: its components. "
    "Orange outlines: 12 new works drawn from it.",
    "training.own.strip_title": "The {n} new works (the orange outlines on the plane), as pictures",
    "training.temp.intro": "Once learned, the model can be drawn from more boldly or more cautiously: the temperature multiplies every "
    "component's spread, its covariance (how far a hill spreads each way, and whether it leans). 1 is the learned model; below "
    "1 the new works crowd to the centres of the schools; above 1 they spread out and wander off.",
    "training.temp.dial": "Temperature",
    "training.temp.dial_help": "Each component's spread (its covariance) is multiplied by this number before drawing.",
    "training.temp.state": "The ellipses and contours show the distribution drawn from at the current temperature, "
    "**{temp:.1f}** (the hills widened or narrowed by it), and change as you turn the dial; the new works below come "
    "from it.",
    "training.temp.generators": "Real image generators, which start from random noise and turn it step by step into "
    "a picture (step 7), have the same kind of dial: a **temperature** (there, how large the noise they start from "
    "is) that trades safe, typical pictures for varied, surprising ones, and **guidance** (a dial w that pushes "
    "harder towards the prompt; the prompt is the request for what to draw, step 8) that narrows the drawings much "
    "as a temperature below 1 does here.",
    "alt.em_plane": "Animation of EM: components' ellipses move to the clusters while each work is coloured by its most likely component; beside it, the log-likelihood per iteration.",
    "alt.choose_chart": "Line chart of the model score for 1 to 8 components and each covariance shape, with the best setting marked.",
    "alt.choose_thumb": "A small contour map of a mixture with a given number of components over the works.",
    "alt.own_plane": "Contour map of the distribution learned from the contest works plus the visitor's own works, with new works drawn from it.",
    "alt.temp_plane": "Contour map of the learned distribution at the chosen temperature, with works drawn at that temperature.",
    "tasks.training.kmeans": "Start EM from k-means (a quick grouping: each work joins the nearest of k centres, each centre moves to its "
    "group's middle) instead of random shares: fewer iterations?",
    "tasks.training.choose": "Open “Choose the model” and see which setting wins.",
    "tasks.training.temperature": "Open “Temperature” and turn the dial down and up.",
    # page: style
    "nav.style": "Same style",
    "home.style": "Keep a new artist's style fixed and let the model choose only new scenes to go with it.",
    "style.title": "A new work in the same style",
    "style.takeaway": "Keep the style of a new artist's work and let the learned distribution choose new scenes "
    "that go with that style.",
    "style.x1": "301st artist: style (pixel 1)",
    "style.x1_help": "The style stays fixed; only the scene is drawn anew.",
    "style.x2": "301st artist: scene (pixel 2)",
    "style.x2_help": "The 301st artist's own scene, shown as a star to compare with. The new works "
    "do not use it: they keep only the style and take their scenes from the curve.",
    "style.n_new": "New works",
    "style.model_settings": "Model settings",
    "style.fig.cond": "p(scene | style)",
    "style.fig.slice": "the cut: every picture with this style",
    "style.fig.work": "the 301st artist's work",
    "style.fig.new": "new works, same style",
    "style.fig.hover_new": "new work<br>pixel 1: %{customdata[0]}<br>pixel 2: %{customdata[1]}",
    "style.fig.hover_work": "301st artist<br>style %{x}, scene %{y}",
    "style.fig.hover_curve": "scene %{y:.0f}: density %{x:.2e}",
    "style.figure_caption": "The plane: the learned distribution, cut along the dashed line style = {x1}. The curve is the exact density of"
    " scenes along that line, p(scene | style). A density says how thickly works are expected at each spot; p(a) is"
    " the probability of a, and p(a | b) that of a given b. The curve's axis reads as a chance per grey level: 0.01"
    " means about a 1% chance that the new scene lands on that one value, and the whole curve adds up to 1. The shading under it shows which component each part of the curve"
    " comes from, in the components' colours of step 5 (mostly one component per hump). New works (orange) are"
    " drawn from that curve.",
    "style.strip_title": "Same style, new scenes",
    "style.original": "The 301st artist",
    "style.generated": "{n} new works in that style",
    "style.strip_caption": "Every new work keeps pixel 1 and takes pixel 2 from the curve "
    "(rounded to whole values and clipped to 0–255 for display).",
    "style.shares": "With this style, the scene comes from: {shares}.",
    "style.share_separator": ", ",
    "style.share": "component {k} ({p})",
    "style.model_note": "The model: {k} components (hills), each with a {cov} covariance (the shape of its spread), "
    "learned from the 300 works of step 4.",
    "alt.style_plane": "The learned density cut by a vertical line at the chosen style, and the curve of possible scenes for that style.",
    "tasks.style.one_peak": "Find a style with only one likely kind of scene (one peak).",
    "tasks.style.two_peaks": "Move the style until the curve has two peaks again.",
    "tasks.style.dark": "Choose a dark style (below 80).",
    # page: handwriting
    "nav.handwriting": "Your handwriting",
    "home.handwriting": "Draw one digit with your finger and the model writes all ten in your style: the same "
    "style, a different scene, on real pictures.",
    "handwriting.title": "Your handwriting, every digit",
    "handwriting.takeaway": "A few numbers z capture how a digit is written (its slant, its thickness, its width); "
    "keep them and change only the digit, and all ten come out in the same hand.",
    "handwriting.intro": "Each picture of a digit is that digit's average picture plus a few **style** numbers z, turned into "
    "pixels by style directions learned from all ten digits at once. The directions are found by "
    "probabilistic PCA: PCA (a way to keep only the few directions in which pictures differ most) "
    "applied to how each training picture differs from its digit's average, “probabilistic” because "
    "whatever the directions leave out is counted as small random noise in each pixel. One formula gives "
    "the directions all at once, with no step-by-step training. Because the directions are shared, the "
    "same z means the same slant and thickness on any digit: z is a small **latent** (a few hidden "
    "numbers behind each picture) that says how a digit is written, not which digit it is. Draw a digit, "
    "let the model find its z, and ask for the other nine.",
    "handwriting.source": "Your digit",
    "handwriting.source.draw": "Draw",
    "handwriting.source.upload": "Upload a photo",
    "handwriting.source.held_out": "A held-out digit",
    "handwriting.dims": "Style numbers z: how many",
    "handwriting.dims_help": "How many numbers z has. Few: clean digits with little of you in them; many: more of "
    "your hand, but also the quirks of this one picture, copied onto the other digits, so they blur.",
    "handwriting.pad_title": "Draw one digit, 0–9",
    "handwriting.pad_label": "Drawing pad: 32 by 32 cells",
    "handwriting.clear": "Clear",
    "handwriting.pad_caption": "Mouse, pen or finger; lift to update. Your digit is enlarged to fill the pad's 32 × 32 squares; "
    "each 4×4 block of them (the lines on the pad mark the blocks) becomes one pixel of the 8×8 picture, brighter the more is inked.",
    "handwriting.bad_drawing": "The drawing that arrived is not one the pad sends (it should be 1,024 cells of 0 or "
    "1), so it is ignored. Clear the pad and draw again.",
    "handwriting.upload": "A photo of one handwritten digit (dark ink on light paper)",
    "handwriting.upload_help": "Decoded in memory and never stored. The ink is found by its darkness, cropped, and "
    "counted on the same 32×32 grid as a drawing.",
    "handwriting.index": "Held-out digit no.",
    "handwriting.index_help": "One of the 297 digits the model never saw while learning.",
    "handwriting.index_label": "Written by a person as a {digit}.",
    "handwriting.stand_in": "Nothing drawn yet: held-out picture no. {index} stands in (a digit the model never "
    "learned from).",
    "handwriting.seen_title": "What the model sees (8×8)",
    "handwriting.reads": "The model reads your drawing as a **{digit}** ({p} sure).",
    "handwriting.reads_picture": "The model reads this picture as a **{digit}** ({p} sure).",
    "handwriting.reading_how": "To read a picture, the model asks which digit's average picture, plus some style, best explains it; the bars are how sure it is of each digit.",
    "handwriting.unsure": "The model is unsure: this looks like no digit it has seen. Its best guess is a {digit} "
    "({p}), but the style below is a stretch. Try drawing one digit, large.",
    "handwriting.correct": "Read wrongly? Choose the digit you meant",
    "handwriting.as_read": "As the model reads it",
    "handwriting.correct_help": "If the model reads your digit wrongly, say which it is: the style is then measured "
    "against that digit's average.",
    "handwriting.direction": "Style direction {k}",
    "handwriting.direction.thickness": "Thickness",
    "handwriting.direction.slant": "Slant",
    "handwriting.direction.width": "Width",
    "handwriting.direction_help": "Move your style along this direction (0 is your own style). A name appears only "
    "where the data shows what the direction changes.",
    "handwriting.ten_title": "All ten digits in your style",
    "handwriting.rows": "Top: in your style. Middle: in a random style. Bottom: real training digits.",
    "handwriting.ten_caption": "Your style: each digit's average picture plus your style z ({dims} numbers), turned "
    "into pixels in the same way for every digit; a random style: the same with a z drawn at random; real: one training picture of each "
    "digit. The file holds the ten in your style.",
    "handwriting.dims_reading": "The slider above sets how many style numbers z the model keeps. With 2, every digit comes out "
    "clean and alike, and little of your hand survives; with 16, more of it does (and of your mistakes), "
    "but so do the quirks of this one picture, added to the other digits too, so they get blurrier.",
    "handwriting.reading_title": "How sure the model is, digit by digit",
    "handwriting.fig.hover": "digit %{x}: %{y:.1%}",
    "handwriting.variations_title": "One style, many pictures: your {digit} with random pixel noise added",
    "handwriting.variations_caption": "The same z every time, plus small random differences pixel by pixel: the "
    "model treats whatever the average and the style do not describe as random noise. A style fixes how a digit is "
    "written, not every pixel of it.",
    "handwriting.directions_title": "Walk through the style space",
    "handwriting.directions_intro": "The first three style directions, one row each: the average {digit} in the "
    "middle, and to its left and right the same {digit} with that one style number moved from −2 to +2. The sliders "
    "move your own style along them. At 8×8 pixels a change shows in a few grey squares: compare the two ends of a "
    "row.",
    "handwriting.strip_rows": "Rows, top to bottom: {names}",
    "handwriting.directions_caption": "The directions are ordered by how much of the differences between writers "
    "they explain; a direction is named only when it changes one thing (thickness, slant or width) clearly more than "
    "the others.",
    "handwriting.carry_title": "Does the style really carry over?",
    "handwriting.carry_reading": "Measured on the 297 held-out digits: each is written as the nine other digits in "
    "its own style, and we ask whether a digit with more ink (thicker strokes) or more slant than the average "
    "picture of that digit gives written digits with more ink or slant than the average pictures of those digits. The measure is the correlation "
    "of the two differences: +1 if they always grow together, 0 if one says nothing about the other. For ink it is "
    "**{ink}**, for slant **{slant}**; with a random style in place of the digit's own, {random_ink} and "
    "{random_slant}: nothing carries over.",
    "handwriting.caveat": "An honest caveat: the data set's digits (from step 5a) were written by a few dozen people, but they carry "
    "no writer names, so “the same writer” cannot be checked by name. What carries over, slant and thickness, is the "
    "measure here.",
    "handwriting.step6": "This is step 6 on real pictures. There, a work's pixel 1 (style) was kept and its pixel 2 "
    "(scene) drawn anew; here z is the style and the digit is the scene.",
    "alt.handwriting_reading": "Bars of the probability of each digit 0–9 given the picture, the digit read "
    "highlighted.",
    "tasks.handwriting.few": "Set the style numbers z to 2: are the digits cleaner, and is less of you left?",
    "tasks.handwriting.held_out": "Pick a held-out digit and compare its ten with the real ones.",
    "tasks.handwriting.move": "Push the first style direction to +1.5 or more: all ten digits change together.",
    # page: diffusion
    "nav.diffusion": "From noise to picture",
    "home.diffusion": "Start from noise and move it, step by step, uphill on the learned distribution (towards where "
    "works are more likely): "
    "diffusion, the idea behind today's image generators such as Stable Diffusion.",
    "diffusion.title": "From noise to picture: diffusion",
    "diffusion.takeaway": "A diffusion model starts from noise and, step by step, moves every point towards where works are "
    "likely. While the noise is large it only heads for the works smeared into one broad cloud; as the "
    "noise shrinks it aims more and more sharply, until the noise has become works.",
    "diffusion.n_points": "Points",
    "diffusion.steps": "Steps",
    "diffusion.steps_help": "Noise levels σ from large to small; more steps means smaller moves. The animation shows "
    "at most 40 of them, one every few steps.",
    "diffusion.method": "Sampler",
    "diffusion.method.langevin": "Langevin",
    "diffusion.method.ode": "ODE",
    "diffusion.method_help": "Langevin (small random jiggles at each noise level that fix the points' spread without undoing the progress): "
    "at every step a push along the arrows plus a little fresh noise, then a step of reverse diffusion (forward "
    "diffusion adds noise little by little; reverse diffusion takes it away step by step) down to the next noise "
    "level. ODE (a rule of smooth movement with no chance in it: the same start always gives the same end): the "
    "probability-flow ODE, a smooth path with no added noise.",
    "diffusion.model_settings": "Model settings",
    "diffusion.computing": "Turning noise into works…",
    "diffusion.fig.points": "points",
    "diffusion.fig.score": "score (where to move)",
    "diffusion.fig.trail": "paths of single points",
    "diffusion.fig.now": "those points, as pictures",
    "diffusion.fig.hover_now": "pixel 1: %{customdata[0]}<br>pixel 2: %{customdata[1]}",
    "diffusion.fig.play": "▶ Play",
    "diffusion.fig.pause": "❚❚ Pause",
    "diffusion.fig.sigma": "noise level σ = ",
    "diffusion.fig.square": "all 2-pixel pictures (0–255)",
    "diffusion.figure_caption": "Press play or drag the slider. The slider shows the noise level σ of the frame on screen: "
    "the animation has {frames} frames for the {steps} steps, so it skips some levels, while the sampler itself takes "
    "every step. A sampler is the rule that moves the points, step by step, from noise to works. The two samplers "
    "differ in one thing: Langevin adds a little fresh noise at every step, so its points jiggle on the way; ODE "
    "moves the points by the arrows alone and adds no noise, so each point glides along one smooth path set by "
    "where it started. "
    "Blue arrows show the "
    "score at the current noise level: the direction in which the blurred distribution (where works "
    "would lie with noise of size σ added to them) grows fastest; all are drawn the same length, showing "
    "only the direction. The thin lines (“paths of single points” in the legend) follow a few single "
    "points and grow as it plays: at the start they have no length yet. The dotted square holds every "
    "possible 2-pixel picture; noise can lie outside it, with values below 0 or above 255. The purple "
    "contours are the learned distribution without noise.",
    "diffusion.method_note.langevin": "**Langevin with a reverse-diffusion step** (also called a predictor-corrector sampler: the predictor is "
    "the step down to the next, smaller σ, a guess of where the points would lie with less noise; the "
    "corrector is the Langevin push and jiggle, which puts the points back to the spread that works with this "
    "much noise would have, so that errors in the guesses do not pile up), {steps} steps, σ from {smax} down "
    "to {smin} grey levels (geometric schedule: σ shrinks by the same factor at every step) and finally to 0. "
    "It starts from the untrained AI's pictures: every pixel uniformly random from 0 to 255 (every value "
    "equally likely). At each noise level a Langevin step moves each point a little along the score and adds a "
    "little fresh noise. The figure draws every arrow the same length, but the real score is longer the "
    "farther a point lies from the works; the move is that real arrow times σ²/4, so the moves are large while "
    "the noise is large and tiny at the end. Where the ¼ comes from: Langevin's rule ties the push to the "
    "jiggle. The push along the arrows draws the points together where the works crowd; the jiggle spreads them "
    "apart again. A jiggle that moves a point by about s grey levels goes with a push of s²/2 times the arrow: "
    "that is the rule that makes the gathering and the spreading cancel exactly, so that after many pushes and "
    "jiggles the points are spread just like the works (with this much noise), neither piled up nor scattered. Here s is σ/√2, about 0.7 σ (less than the noise already in the points, so "
    "one jiggle does not overshoot), so s² is σ²/2, and half of that is σ²/4. Adding noise while removing it "
    "sounds odd, but the push alone would pile every point onto the peaks; the fresh noise keeps the points as "
    "spread out as the works would be with noise of size σ added, so where they started is soon forgotten. "
    "Then a step of reverse diffusion (taking away the share of noise that belongs to this level) brings them "
    "to the next, smaller σ. Its end points pass statistical tests (checks that two sets of points could come "
    "from the same distribution) against direct draws. σ starts at {smax}: wide enough for the noise to cover "
    "all three clusters of works.",
    "diffusion.method_note.ode": "**Probability-flow ODE** (a rule of smooth movement with no chance in it: no noise is added on the way, "
    "so the same start always ends at the same place; “probability flow” because the points flow like a crowd "
    "that, at every σ, keeps the spread of the works blurred by that σ), {steps} steps, σ from {smax} down to "
    "{smin} and finally to 0 (geometric schedule: σ shrinks by the same factor at every step). The path is "
    "deterministic (fixed by its start alone), so it cannot forget its start: the start must already be spread "
    "like the data blurred by σ = {smax}: a wide cloud of Gaussian noise around the works' mean, much wider "
    "than the 0–255 square. That is why it starts higher than the Langevin sampler's {langevin_max}: only at "
    "about σ = {smax} are the blurred works so smooth that they are one Gaussian cloud, which is what it "
    "starts from.",
    "diffusion.ll_end": "Average log-likelihood: end points",
    "diffusion.ll_delta": "{d:+.2f} against direct draws",
    "diffusion.ll_help": "How probable the model finds a work, on a scale where +1 means about 2.7 times as probable; below 0 because "
    "one work's probability is a small fraction. Precisely, the mean of log p(point) under the learned mixture "
    "(several bell-shaped hills added together): log is the logarithm: it turns “times as likely” into “plus”, so "
    "tiny chances become readable numbers; p(a) is the probability of a, and p(a | b) that of a given b. Counted in"
    " nats (the unit of that scale: +1 nat means about 2.7 times as likely). If diffusion works, its end points "
    "score like points drawn from the mixture directly.",
    "diffusion.ll_direct": "Drawn directly from the mixture",
    "diffusion.ll_start": "The starting noise",
    "diffusion.ll_text": "The starting noise was very unlikely under the learned distribution: it scores {noise_gap} nats below the "
    "direct draws, so a noise point is hundreds of times less likely or worse. After diffusion the points are "
    "about as likely as direct draws. {gap_sentence} The gap is not 0 for two reasons: the average of a few "
    "hundred points moves a little from one set to the next, and the steps are not infinitely small. So with "
    "one seed the end points score a little lower than the direct draws, with another a little higher: try a "
    "few seeds. A higher score is not better here: the aim is to match the direct draws. With very few steps "
    "the moves are coarse: Langevin with 10 steps leaves its points a little too close to the peaks, so they "
    "score higher than the direct draws. Try 10 steps, then 200.",
    "diffusion.ll_gap.lower": "Here the end points score {gap} nats lower (the small number under their score), so an end point is on "
    "average about {ratio} times less likely than a direct draw.",
    "diffusion.ll_gap.higher": "Here the end points score {gap} nats higher (the small number under their score), so an end point is on "
    "average about {ratio} times more likely than a direct draw.",
    "diffusion.ll_gap.none": "Here the end points score the same as the direct draws, to two decimals.",
    "diffusion.ll_start_note.langevin": "Why {start} for the starting noise, and not step 5's {untrained} for the "
    "untrained AI, when both are about random pictures? Step 5 asked how likely the untrained AI, which finds every "
    "picture equally likely (1 in 65,536), finds the contest's works. Here the learned model scores random pictures: "
    "it keeps most of its probability on its three clusters, so a random picture, usually far from them, gets less "
    "than 1 in 65,536.",
    "diffusion.ll_start_note.ode": "Why {start} for the starting noise, and not step 5's {untrained} for the "
    "untrained AI? Step 5 asked how likely the untrained AI, which finds every picture equally likely (1 in 65,536), "
    "finds the contest's works. Here the learned model scores the starting noise, and for this sampler that noise is "
    "not even uniform pixels but a wide Gaussian cloud reaching far outside the 0–255 square: far from the three "
    "clusters, it gets far less than 1 in 65,536.",
    "diffusion.strip_title": "The same points as pictures, before and after",
    "diffusion.before": "Noise (start)",
    "diffusion.after": "Works (end)",
    "diffusion.strip_caption": "The first {n} points. Each point is a 2-pixel picture; its values are rounded to whole "
    "numbers and clipped to 0–255 for display.",
    "diffusion.why_title": "Why a real model needs a neural network",
    "diffusion.why_network": "Here the score is written down exactly, because the learned distribution is a mixture "
    "of {k} Gaussians whose blurred versions we can compute; for real images nobody can write down the distribution "
    "of millions of pixels, so a diffusion model trains a neural network (a function of many small adjustable sums, "
    "tuned on examples) to predict the score from noisy examples, and then runs exactly this loop. Often the network "
    "is asked for the noise that was added instead: knowing it is knowing the score, since the score points from the "
    "noisy picture back towards the clean one, against the added noise.",
    "diffusion.model_note": "The model: {k} components, {cov} covariance, learned from the 300 works of step 4.",
    "alt.diffusion_plane": "Animation of points moving from random noise onto the three clusters of the learned distribution, with arrows showing the score.",
    "tasks.diffusion.ode": "Switch to the ODE sampler: the same noise, a deterministic path.",
    "tasks.diffusion.steps": "Use 200 steps and watch the end points match the direct draws.",
    # page: learned
    "nav.learned": "What a real model does",
    "home.learned": "Step 7 computes the uphill direction from the learned mixture; here a small neural network (a function tuned on examples) learns which way is uphill (towards likelier works) by "
    "practising to clean noisy works; with a handful of works it memorises them, with many it makes new ones. And why a "
    "real generator first shrinks each picture to a few numbers.",
    "learned.title": "What a real model does: a network learns the score",
    "learned.takeaway": "A real diffusion model has no formula for the score: a neural network (a function of many small adjustable "
    "sums, tuned on examples) learns it by denoising examples. Given few works it memorises them; given many it "
    "generalises.",
    "learned.section": "Show",
    "learned.section.score": "A network learns the score",
    "learned.section.memorise": "Memorise or generalise",
    "learned.section.compress": "Why compress first",
    "learned.score_intro": "A small neural network (a function of many small adjustable sums, tuned on examples; here two "
    "layers of 64 units, each unit one such sum) is shown N works with noise of a random size σ added, "
    "and learns to guess the clean work back: **denoising**. The gap between its best guess and the "
    "noisy work gives the score of the blurred works (Tweedie's formula: the average clean picture is x "
    "+ σ² × score; x is the noisy work), so a network that denoises well has learned the score. Here it "
    "is beside step 7's exact score.",
    "learned.n": "Works N the network learns from",
    "learned.n_help": "Up to 300: chosen from the contest's 300 works; beyond: all 300 and more works from fresh "
    "contests of the same three schools.",
    "learned.sigma": "Noise level σ of the arrows",
    "learned.sigma_help": "The score differs at every noise level: at large σ the blurred works are one wide hill, "
    "at small σ each school (or each work) is its own.",
    "learned.training": "Training the network on {n} works…",
    "learned.training_loss": "Training the network on {n} works… training loss {loss:.3f}",
    "learned.arrows_title": "The learned score (blue) and the exact score (grey) at σ = {sigma}",
    "learned.arrows_caption": "Each grey arrow is the exact score, drawn wide and pale; the blue line on it is the learned "
    "score. Where the blue runs inside the grey, the two agree; where the grey shows beside it, they differ. Both "
    "are drawn to one scale, so a blue arrow shorter than its grey one is a weaker learned score. Dots: the works "
    "the network learned from. Why the formula holds: noise of size σ around one clean work is a Gaussian hill "
    "whose score at x points straight back at that work, with length (distance to it) ÷ σ². Averaged over the "
    "works x could have come from, the score points at their average, so σ² × score is the way from x to the "
    "average clean picture.",
    "learned.moved_title": "Points moved by each score, from the same noise",
    "learned.moved_caption": "{points} points start from the same Gaussian noise and follow step 7's probability-flow ODE (a rule "
    "of smooth movement with no chance in it: the same start always gives the same end; 100 steps, σ "
    "{smax} → {smin} → 0), once with the learned score and once with the exact one. This is step 7's "
    "second sampler. Step 7's first one starts at σ {langevin_max} from random pixels, because it adds "
    "fresh noise at every step and soon forgets where a point began. This one adds none, so each end is "
    "fixed by its start, and the start must already look like works under heavy noise: at σ {smax} the "
    "three clusters are blurred into one wide Gaussian cloud, which is easy to draw from.",
    "learned.loss_title": "The training loss falling",
    "learned.loss_now": "Training loss after the last pass",
    "learned.loss_help": "Half the average squared miss of the correction the network adds to its built-in first guess, on a scale "
    "on which the needed correction is about 1 in size: a network that adds no correction scores about half of "
    "1², that is 0.5, and lower is better. It cannot reach 0: a noisy work could have come from many works, so "
    "even the perfect denoiser is unsure.",
    "learned.loss_text": "Each pass shows the network {size} noisy works, drawn at random from the N works (so each work comes back "
    "many times, each time with fresh noise of a fresh size), and nudges its weights (the numbers inside its "
    "sums); {passes} passes in all. The network does not guess the clean work from scratch: it starts from a "
    "built-in first guess (the noisy work pulled part of the way towards the works' average) and learns only a "
    "correction to add to it. The loss is half the average squared miss of that correction (the half is only "
    "how the library counts), on a scale on which the needed correction is about 1 in size. A network that "
    "adds nothing (a correction of 0, leaving the first guess as it is) misses by about 1, so it scores about "
    "half of 1², that is 0.5: here {base}, computed for these N works. That is the level of a network that has "
    "learned nothing, and lower is better. Training brings the loss to {now} after the last pass, {drop} lower "
    "({base} − {drop} = {now}). It wiggles on the way, since every pass has new noise. No denoiser can go "
    "below {floor}: that is the loss of the best possible guess for these N works, computed here from the works "
    "themselves. Even that guess is sometimes off, because a noisy work could have come from several clean works. "
    "Only a denoiser that knew these N works exactly, and so would copy them, reaches that floor; this small "
    "network, trained for {passes} passes, learns a smoother guess and stops above it.",
    "learned.network_note": "Stable Diffusion, a well-known image generator, does the same with a network of about a billion numbers and "
    "pictures instead of 2-pixel works.",
    "learned.memorise_intro": "A network that learns from a handful of works learns the score of just those few works blurred by "
    "noise: as σ shrinks, its arrows point at the nearest of them, so every point ends on one of them: "
    "it **memorises** them, and hands back copies. Given many works it cannot store them all, and learns "
    "the smooth distribution they come from: it **generalises**, and makes new works.",
    "learned.to_own": "Works the network made → nearest training work",
    "learned.fresh": "Unseen works → nearest training work",
    "learned.distance_help": "Median distance in grey levels, over 300 works made by the network and 300 works of a fresh contest.",
    "learned.fresh_note": "Both are medians: half the works lie closer. The unseen works here are 300 artists of "
    "a different fresh contest from step 5's, measured against the N works this network learned from. So even at N = 300, "
    "where those are step 5's very contest, the unseen median here ({fresh}) need not match step 5's {step5}: pixel "
    "values are whole numbers, so distances take only some values (3.0, then √10 ≈ 3.2, …), and another 300 artists "
    "can move the median by one such step.",
    "learned.copy_reading": "With {n} works the network's works sit much closer to the training works than unseen "
    "works do: the network copies.",
    "learned.new_reading": "With {n} works the network's works are about as far from the training works as unseen "
    "works are: it is making new works.",
    "learned.halves_title": "Two networks, each taught a different half of the works, given the same noise",
    "learned.halves_computing": "Training two networks for each N (once per server)…",
    "learned.halves_caption": "For each N ({sizes}), two networks learn from two separate sets of N works, 2N works in all. The contest "
    "has only 300, so for N = {largest} the other {extra} are new works drawn from the same three schools, as in a fresh contest. "
    "Both networks then start 200 points from the same noise (ODE: a rule of smooth movement with no chance in "
    "it: the same start always gives the same end; 50 steps). Medians of the distances, in grey levels.",
    "learned.halves_reading": "Read the three lines. The orange one (each network's works to its own nearest training work) starts far "
    "below the dotted grey one (unseen works to their nearest training work): at N = {small}, {own_small} grey "
    "levels against {fresh_small}. With few works, each network copies its own. The copies are close but not "
    "exact, which is why the orange line starts a few grey levels above 0. Fewer works do not make them "
    "exact: close to each work the true arrows turn sharply, and a small network trained for a fixed number of "
    "passes learns only a smoothed version of the score (the arrows), so at every N its arrows aim only roughly "
    "at the works. So from the same noise the two networks "
    "make different works, and the blue line (between the two networks' works) is high: {between_small}. The orange "
    "line does not fall straight away: at N = {peak} it rises to {own_peak} (grey {fresh_peak}), because there each network "
    "neither copies its works nor has learned the distribution yet, so its works land between training works. As N "
    "grows the grey line falls (more training works leave less room between them) and meets the orange one: at "
    "N = {large}, {own_large} against {fresh_large}. The works are no closer to the training works than unseen "
    "works are. And the blue line falls, to {between_large} at N = {large}: both networks learn nearly the "
    "same distribution, so from the same noise they make works only a few grey levels apart, out of 0–255. It "
    "is still falling at the largest N: more works teach each network the distribution more exactly, so the "
    "two come closer still (they never agree exactly, since each saw different works). That is what “it "
    "generalises” means: two networks that never saw the same work learn almost the same distribution, and so "
    "make almost the same works from the same noise.",
    "learned.halves.x": "Works N each network learns from",
    "learned.halves.y": "Distance (grey levels)",
    "learned.halves.to_own": "work the network made → nearest of its own training works",
    "learned.halves.fresh": "unseen work → nearest training work",
    "learned.halves.between": "between the two networks' works from the same noise",
    "learned.compress_intro": "Stable Diffusion does not diffuse pixels: an autoencoder (a pair of networks: one "
    "squeezes a picture into a few numbers, the other, the decoder, turns them back into a picture) first squeezes "
    "each picture into a much smaller **latent** (64×64×4 numbers for a 512×512 picture: a 64 by 64 grid with 4 "
    "numbers at each place), the diffusion runs there, and the decoder turns the result back into pixels. Here PCA "
    "(a way to keep only the few directions in which pictures differ most) plays the autoencoder on the 8×8 digits: "
    "each digit is kept as k numbers, and a mixture (several bell-shaped hills added together) of 10 Gaussians is "
    "learned on them. To say how good the drawn digits are, a judge reads them: a logistic regression (a simple "
    "classifier that weighs every pixel and picks the most probable digit) trained on real digits, the same judge "
    "that step 8 uses.",
    "learned.k": "Numbers k kept per digit (PCA dimensions)",
    "learned.k_help": "Dimensions (one number of a picture's description: 64 pixels are 64 dimensions): 64 keeps every pixel; fewer "
    "loses detail but leaves fewer numbers to learn.",
    "learned.compress_computing": "Learning in k dimensions (once per server)…",
    "learned.real": "Held-out real digits",
    "learned.rebuilt": "The same, rebuilt from {k} numbers",
    "learned.drawn": "Drawn from the mixture learned in {k} dimensions",
    "learned.error": "Rebuilding error (grey levels per pixel)",
    "learned.quality": "Judge's confidence in the drawn digits",
    "learned.quality_help": "The probability the judge, a logistic regression (a simple classifier that weighs every pixel and picks the "
    "most probable digit) trained on real digits, gives the digit it reads, averaged over 200 drawn digits; on real"
    " held-out digits it is higher.",
    "learned.compress_caption": "Computed for k = {dims}; 1,500 training digits, 297 held out.",
    "learned.compress_reading": "The rebuilding error falls steadily with k, to 0 at 64. What the mixture draws improves up to about "
    "24 numbers and then stops: each of the 10 hills has a full covariance (how far a hill spreads each "
    "way, and whether it leans), and in k dimensions that is k(k+1)/2 numbers to estimate: a spread for "
    "each of the k directions and a lean for each of the k(k−1)/2 pairs of them, 300 at k = 24 and 2,080 "
    "at k = 64. Each hill learns them from about 150 of the 1,500 training pictures. 150 pictures × k numbers "
    "looks like plenty, but a spread or a lean cannot be read off one picture: it shows only when many "
    "pictures are compared, and it is pinned down well only when the pictures far outnumber the k "
    "directions. At k = 24 that is about 6 pictures per direction (150 / 24), at k = 64 about 2, and past about 24 the extra detail is learned so badly that it no longer helps. The "
    "held-out log-likelihood (how probable the model finds a work, on a scale where +1 means about 2.7 "
    "times as probable; below 0 because one work's probability is a small fraction) per pixel keeps "
    "rising, mostly because the border pixels, black (0) in almost every digit, are predicted ever more "
    "surely: that raises the number without making the digits look better. Step 5a scored the digits in "
    "bits (yes-or-no questions) instead: one bit means a factor of 2 in probability, which is 0.693 on this scale (e ≈ "
    "2.718 raised to the power 0.693 makes 2), so −5 per pixel on this scale is 5 ÷ 0.693 ≈ 7.2 bits; "
    "its 6.92 came from another model, one mixture in 40 numbers. Stable Diffusion's autoencoder strikes "
    "the same balance: few enough numbers to learn well, enough to give the detail back.",
    "learned.compress.x": "Numbers k kept per digit",
    "learned.compress.error": "Rebuilding error",
    "learned.compress.quality": "Judge's confidence",
    "learned.compress.likelihood": "Held-out log-likelihood / pixel",
    "learned.compress.current": "your k",
    "learned.fig.learned": "learned score",
    "learned.fig.exact": "exact score (step 7's mixture)",
    "learned.fig.works": "training works",
    "learned.fig.hover_work": "work: (%{x}, %{y})",
    "learned.fig.by_learned": "made with the learned score",
    "learned.fig.by_exact": "made with the exact score",
    "learned.fig.pass": "Pass",
    "learned.fig.loss": "Training loss",
    "learned.bad_input": "These settings cannot be shown. Choose N between 5 and 1,000, σ between 1 and 150 and k "
    "from the buttons; moving a control carries on.",
    "alt.learned_arrows": "Arrows of the learned score over arrows of the exact score at the chosen noise level, "
    "with the training works as dots.",
    "alt.learned_moved": "Points made from the same noise with the learned score and with the exact score, over the "
    "training works.",
    "alt.learned_loss": "Line chart of the training loss falling over the passes and flattening.",
    "alt.learned_halves": "Line chart against the number of works: the distance from learned works to their own "
    "training works, from unseen works, and between two networks' works from the same noise.",
    "alt.learned_compress": "Three line charts against the number of PCA dimensions k: rebuilding error, the judge's "
    "confidence in drawn digits and the held-out log-likelihood.",
    "tasks.learned.few": "Train on 10 works or fewer and watch the learned points crowd onto them.",
    "tasks.learned.memorise": "Open “Memorise or generalise” and find the N where the two networks start to agree.",
    "tasks.learned.compress": "Open “Why compress first” and find the k where the drawn digits stop improving.",
    # page: prompt
    "nav.prompt": "Prompt → picture",
    "home.prompt": "Ask for a digit and watch it come out of noise, steered by guidance (a dial that pushes harder towards the digit "
    "asked for); then check whether it copies.",
    "prompt.title": "Prompt → picture: guided diffusion on real digits",
    "prompt.takeaway": "The prompt picks a distribution of pictures; diffusion walks from noise into it, guidance (a dial w that "
    "pushes harder towards the prompt) pushes harder still, and a model that learned the distribution makes new "
    "pictures, not copies.",
    "prompt.text_prompt": "Here the prompt is a digit from 0 to 9, and the model has learned one distribution of pictures per digit, "
    "p(picture | digit) (p(a) is the probability of a, and p(a | b) that of a given b). A text-to-image model does "
    "the same job with a sentence instead of a digit: the sentence picks which distribution of pictures to draw "
    "from.",
    "prompt.digit": "Prompt: the digit to draw",
    "prompt.digit_help": "The model learned one Gaussian mixture (several bell-shaped hills added together) per digit from the 1,500 "
    "training pictures.",
    "prompt.guidance": "Guidance w",
    "prompt.guidance_help": "0: follow p(picture | digit) as learned. Larger w pushes harder towards the prompt "
    "and away from the other digits. The page opens at 4: slide to 0 to see the unguided pictures.",
    "prompt.steps": "Steps",
    "prompt.steps_help": "Noise levels σ from 300 down to 0.5 grey levels (geometric), then a last step to 0. It "
    "starts at 300, not at 60 or 150 as on steps 7 and 7a, because 64 pixels of noise must cover every digit, which "
    "lie much farther apart than the three clusters of 2-pixel works.",
    "prompt.method": "Sampler",
    "prompt.method.ode": "ODE",
    "prompt.method.langevin": "Langevin",
    "prompt.method_help": "The two samplers of step 7, now for pictures of 64 numbers, 64 dimensions (one number of a picture's "
    "description: 64 pixels are 64 dimensions). Langevin (small random jiggles at each noise level that fix the "
    "points' spread without undoing the progress) adds a little fresh noise at every step; ODE (a rule of smooth "
    "movement with no chance in it: the same start always gives the same end) does not. Both start from Gaussian "
    "noise.",
    "prompt.computing": "Turning noise into digits…",
    "prompt.guidance_note_title": "Guidance w = {w}: what every step computes",
    "prompt.guidance_note": "Guidance w = {w}: every step follows (1 + w)·∇log p_σ(x | digit) − w·∇log p_σ(x), where x is the "
    "picture being made, its 64 pixels at this step. In words: each step goes 1 + w times the way that "
    "makes x more like the digit asked for, and takes away w times the way that makes it more like any "
    "digit at all. Why taking away helps: both ways share the part that makes x look like a digit of any "
    "kind; what the first has beyond the second is what sets the asked digit apart from the others, and "
    "the formula is the first way plus w times that difference, so a larger w pushes harder on what "
    "makes it this digit and not another. The symbols, one at a time. ∇: “the slope of”, the arrow in which a "
    "value grows fastest. log is the logarithm: it turns “times as likely” into “plus”, so tiny chances "
    "become readable numbers. p_σ: the distribution blurred by noise of size σ (the “_σ” only marks σ as a "
    "small index written below the p). Put together, ∇log p_σ is the score. "
    "This is classifier-free guidance (no separate classifier: the model's own scores with and without "
    "the prompt are compared). Each score is exact, because noise only widens a bell-shaped hill: every "
    "covariance (how far a hill spreads each way, and whether it leans) is widened by σ²·I (noise of "
    "spread σ added to every pixel alike). I stands for the same amount, 1, in every direction: each pixel gets "
    "its own noise, independent of the others, and σ² scales it to spread σ: spreads are counted squared here (as a variance), so σ² means spread σ. Adding it to the covariance is the "
    "same as adding that noise to the pictures, because when independent random changes are added up, their "
    "spreads add too (counted squared, as σ² is).",
    "prompt.section": "Show",
    "prompt.section.strip": "Noise → digit",
    "prompt.section.tradeoff": "What guidance trades",
    "prompt.section.copies": "Copy or new?",
    "prompt.strip_title": "A {digit} comes out of noise",
    "prompt.fig.now": "Now",
    "prompt.fig.predicted": "Predicted",
    "prompt.fig.play": "▶ Play",
    "prompt.fig.pause": "❚❚ Pause",
    "prompt.fig.sigma": "σ = ",
    "prompt.fig.hover": "Value %{z:.0f}",
    "prompt.strip_caption": "{n} pictures, each made over {steps} steps; the animation shows {frames} of the steps, evenly "
    "spaced. Top row: the pictures at that step; bottom row: the final picture the model predicts from "
    "them. Values outside 0–255 are shown clipped: Gaussian noise and the hills' tails reach past black "
    "and white, even at w = 0. At 8 × 8 pixels a digit is only a few grey squares and can be hard to "
    "read by eye: “Copy or new?” has an independent judge (trained on real digits, not on anything the "
    "model made) read them. σ starts at {smax} here, not at step 7's {langevin_max} (Langevin) or "
    "{ode_max} (ODE, also on step 7a): a digit pixel's spread (how far it typically lies from its "
    "average over all the training digits, its standard deviation) is up to about 110 grey levels, "
    "against about 57 for the 2-pixel works, and only noise of {smax} blurs all ten digits into one "
    "Gaussian cloud, which is where both samplers start. The two samplers differ in one thing: Langevin adds a "
    "little fresh noise at every step, so one start noise can end as different pictures; ODE adds none, so one "
    "start noise always ends as the same picture.",
    "prompt.predicted_note": "The bottom row is the model's **predicted final picture** x + σ²·score: the average clean picture that "
    "could have been blurred into x (Tweedie's formula: the average clean picture is x + σ² × score). It holds "
    "because noise of size σ around a clean picture is a bell-shaped hill whose score at x points back at that "
    "picture with length (distance) ÷ σ²: times σ², the averaged score is the way from x to the average clean "
    "picture. At w = 0 and large σ it is the average picture of the digit asked for, soft and grey; it "
    "sharpens as the noise goes. With guidance the prediction follows the guided arrow: the digit's own arrow "
    "plus w times its extra pull (the part of the digit's arrow that sets it apart from the arrow for all "
    "digits together). So the extra pull towards the digit asked for counts 1 + w times: once in the digit's "
    "own arrow, and w times on top. At large σ that pull is strong, so many of the predicted pixels land far "
    "below 0 or above 255 and show clipped, as a hard black-and-white digit. Slide w to 0 to see the soft grey "
    "prediction.",
    "prompt.png_title": "The first picture at chosen steps, with its prediction below",
    "prompt.png_caption": "From left to right σ = {levels} (the last step ends at σ = 0). These columns are the "
    "pictures after {at} steps, closer together at the start than the animation's evenly spaced frames, so their σ "
    "are not the slider's.",
    "prompt.tradeoff_computing": "Generating pictures of every digit at each guidance (once per server)…",
    "prompt.tradeoff_intro": "An independent judge, a logistic regression (a simple classifier that weighs every "
    "pixel and picks the most probable digit) trained on the real training digits (not on anything the model made), "
    "reads every generated digit. As w grows, how often does it read the prompt, how varied are the pictures, and "
    "what share of the pixels leave 0–255?",
    "prompt.fig.x": "Guidance w",
    "prompt.fig.agreement": "Judge agrees",
    "prompt.fig.variety": "Variety",
    "prompt.fig.outside": "Pixels off 0–255",
    "prompt.fig.all": "Guided at every noise level",
    "prompt.fig.low": "Guided only at low noise",
    "prompt.fig.current": "your w",
    "prompt.fig.real": "Real digits",
    "prompt.tradeoff_caption": "{n} pictures of each digit per point, ODE sampler with {steps} steps, the same noise for every w. "
    "Variety: the average distance between two pictures of the same digit (grey levels, over 64 pixels). "
    "Dotted lines: real digits, read by the judge (top) and their variety (middle). “Only at low noise” "
    "guides where σ ≤ {low:.0f}.",
    "prompt.judge_accuracy": "Judge on real digits",
    "prompt.judge_help": "The judge's accuracy: the share of the 297 held-out real digits (never used to train it) it reads correctly.",
    "prompt.tradeoff_reading": "Here the digits' distributions barely overlap, so drawing from p(picture | digit) (p(a) is the "
    "probability of a, and p(a | b) that of a given b) already obeys the prompt and guidance has little left "
    "to fix: it only acts while heavy noise still hides which digit a picture is. The judge reads almost every "
    "generated digit right, more often than real ones (the dotted line): the model draws typical digits of "
    "each kind, while real handwriting includes odd, sloppy ones. The same reason keeps the generated digits' "
    "variety below the real digits' dotted line at every w: the model's few hills per digit leave out the odd "
    "ones that make real handwriting more varied. Even at w = 0, {outside} of the pixels lie outside 0–255. "
    "The reason: in the training digits {extreme} of the pixels are exactly black (0) or white (255), and a "
    "bell-shaped hill centred on such a value puts about half its draws just past it (shown as black or white "
    "anyway); half of {extreme} is about {half}. Guidance adds a few points to that. Guided only at low noise "
    "it changes nothing: by then the digit is decided.",
    "prompt.copies_computing": "Generating with both models…",
    "prompt.copies_intro": "Beside the learned mixture, a **memoriser**: one tiny Gaussian on each training picture, so it can only lead "
    "back to the training pictures themselves. Both generate with the same sampler and the same settings. Each "
    "result is shown beside its nearest training picture; closer than {near:.0f} counts as a near copy.",
    "prompt.copies.learned": "Learned mixture",
    "prompt.copies.memo": "Memoriser",
    "prompt.copies_share": "Near copies",
    "prompt.copies_pairs": "Each pair: the generated picture, then its nearest training picture.",
    "prompt.copies_pair": "distance {d:.0f} · judge: {read}",
    "prompt.copies_judged": "The judge reads {count} of the {n} pictures this model made as the digit {digit} ({share:.0%}); the first "
    "{shown} are shown above.",
    "prompt.copies_eye": "Some of these pictures may look to you like another digit (a 3 can pass for a 7 or a 5): at 8 × 8"
    " pixels a few grey squares decide the shape, and the eye fills in the rest. The judge, which reads"
    " {accuracy:.0%} of unseen real digits correctly, gives a second opinion: its reading is under each pair.",
    "prompt.copies_median": "Median distance to the nearest training picture: {d:.0f}.",
    "prompt.copies_reference": "For comparison, real digits the models never saw are a median {d:.0f} from their nearest training "
    "digit. Step 5a's drawn digits lie farther (a median of about 360): another model, one mixture for "
    "all digits in 40 numbers per picture, which leaves more noise in every pixel, and another number of "
    "pictures to search for the nearest (the more pictures there are to choose from, the closer the "
    "nearest one tends to be, so the two medians are not measured quite alike).",
    "prompt.copies_why": "This is the question people ask of real image generators: a model that reproduces its "
    "training pictures can hand back someone's photo or artwork, and reveals what it was trained on.",
    "prompt.bad_input": "These settings cannot be drawn: the digit must be one of {digits}, the guidance between 0 "
    "and {wmax:g}, and the steps a whole number. Move a control to go on.",
    "alt.prompt_strip": "Animation of eight 8×8 pictures turning from grey noise into the chosen digit, with the "
    "model's predicted final picture under each one.",
    "alt.prompt_tradeoff": "Three line charts against the guidance w: the judge's agreement with the prompt, the "
    "variety of the pictures, and the share of pixels outside 0–255, with the chosen w marked.",
    "tasks.prompt.strong": "Push the guidance to 8 or more and look at the pixels.",
    "tasks.prompt.tradeoff": "Open “What guidance trades” and find your w on the curves.",
    "tasks.prompt.copies": "Open “Copy or new?”: which model copies?",
    "prompt.tradeoff_flat": "So these curves are nearly flat: guidance has nothing to trade when the prompt's "
    "distribution hardly overlaps the others. “Guidance where it matters” shows it on groups that do overlap.",
    "prompt.section.schools": "Guidance where it matters",
    "prompt.section.noise": "Same noise, ten prompts",
    "prompt.noise_intro": "One start noise, the ten digits as prompts. This section always uses the probability-flow "
    "ODE, whichever sampler is chosen above: it adds no noise on the way, so each picture depends only on its start "
    "noise and its prompt. Read each row across: the prompt changes the digit, and the noise keeps how it is "
    "written, like a style z on step 6a.",
    "prompt.noise_caption": "Each row: one start noise made into 0–9 ({rows} of the noises measured below), "
    "{steps} steps, w = {w:g}.",
    "prompt.noise.ink": "Ink shared by digits from one noise (correlation)",
    "prompt.noise.slant": "Slant shared by digits from one noise (correlation)",
    "prompt.noise_help": "A correlation: +1 if two digits made from the same start noise always have the same extra "
    "ink (or slant) compared with their digit's average, 0 if one says nothing about the other. Taken over every "
    "start noise and every pair of digits made from it.",
    "prompt.noise_shuffled": "pairs from different noises (shuffled): {r}",
    "prompt.noise_reading": "Measured on {n} start noises, each through all ten prompts. The two numbers above are correlations (+1: "
    "always alike; 0: no link): two digits made from the same noise share their ink and their slant. Pair each "
    "digit instead with a digit made from another noise (the noises shuffled), and they share nothing. The "
    "noise carries the handwriting, the prompt the digit.",
    "prompt.schools_intro": "Here the prompt is a school of the 2-pixel contest, and x is a 2-pixel work. The model is a mixture like "
    "step 5's, learned on the contest's works, but with {k} components instead of the 3 schools of the earlier "
    "pages. Why: those 3 schools lie far apart, so a work made for one of them almost never looks like "
    "another, and guidance would have nothing to improve, as on the digits. {k} hills fitted to the same works "
    "split them into {k} smaller groups that lie close together and overlap, so one work can look like two of "
    "them. Here each of these {k} components plays one school, a class the prompt can ask for, with its "
    "distribution p(x | school) (p(a) is the probability of a, and p(a | b) that of a given b); the whole "
    "mixture is p(x). The same guidance (1 + w)·∇log p_σ(x | school) − w·∇log p_σ(x), exact, with the w above.",
    "prompt.school": "School (component)",
    "prompt.school_help": "The school asked for: one component of the mixture (its outline is drawn thick).",
    "prompt.schools_caption": "{n} works made for the school from the same noise (ODE, 100 steps) at w = {w:g}, as "
    "black diamonds; dots: the contest's works, outlines: every school (each outline holds most of its school's "
    "works). Guidance pushes the made works away from where the other schools are likely, so at a large w many sit "
    "at the far edge of their school's outline or beyond it: surer to belong to the school, but less like its usual "
    "works.",
    "prompt.schools.agreement": "Probability of the school asked for: p(school | x)",
    "prompt.schools.variety": "Variety (grey levels)",
    "prompt.schools.current": "your w",
    "prompt.schools.works": "contest works",
    "prompt.schools.hover_work": "work: (%{x}, %{y})",
    "prompt.schools.guided": "guided works",
    "prompt.schools.school": "school",
    "prompt.schools_agree_help": "For each work made, the probability that it belongs to the school asked for, given where it lies "
    "(p(school | x), exact, by Bayes' rule under the mixture), averaged over the works made: how surely "
    "they are of that school and not of another.",
    "prompt.schools_variety_help": "The average distance between two of the works made for the school, in grey "
    "levels: the smaller it is, the more alike the works.",
    "prompt.schools_reading": "As w grows the works are pushed away from where the other schools are likely and drawn together: "
    "the probability that they are of the school asked for rises towards 100 %, and variety (the average "
    "distance between two of the works made, in grey levels) falls. This loss "
    "of variety is what a real generator trades when its guidance is turned up.",
    "alt.prompt_schools": "The 2-pixel plane with the contest's works, every school's outline and the works guided "
    "towards the chosen school.",
    "alt.prompt_schools_curves": "Two line charts against the guidance w: agreement with the school and variety.",
    # glossary: every term explained where it appears
    "glossary.title": "Glossary",
    "glossary.intro": "The words these pages use, in plain terms. Every page lists the ones it uses under its title.",
    "glossary.on_this_page": "Words on this page",
    "glossary.more": "glossary",
    "glossary.style_scene.name": "Pixel 1 “style”, pixel 2 “scene”",
    "glossary.style_scene.short": "Only names, to make a 2-pixel picture feel like a painting: pixel 1 stands for "
    "the artist's style, pixel 2 for what is painted. Keeping pixel 1 and drawing pixel 2 anew is then “the same "
    "style, a new scene” (step 6).",
    "glossary.gaussian.name": "Gaussian, Gaussian noise",
    "glossary.gaussian.short": "A bell-shaped hill of probability (the normal distribution): highest at its centre "
    "and falling off smoothly; over two pixels its contour lines are ellipses. Gaussian noise is random numbers "
    "drawn from such a hill centred on 0 and added to each pixel: mostly small changes, now and then larger ones.",
    "glossary.component.name": "Component",
    "glossary.component.short": "One Gaussian hill of the mixture, with its own centre, ellipse and share of the "
    "works. Each component stands for one “school” of artists whose works look alike.",
    "glossary.covariance.name": "Covariance, and its shape (full, tied, diag, spherical)",
    "glossary.covariance.short": "A component's covariance says how far its hill spreads in each direction and "
    "whether it leans (a leaning hill means the two pixels tend to rise and fall together); its contour lines are "
    "then ellipses. The shape says how each component's ellipse may look: full, any tilted ellipse; tied, one "
    "ellipse shared by every component; diag, ellipses along the axes; spherical, circles. Fewer choices, fewer "
    "numbers to learn.",
    "glossary.log_likelihood.name": "Average log-likelihood",
    "glossary.log_likelihood.short": "How likely the model finds the works: the logarithm of the probability it gives each work, averaged (in nats)."
    " Higher is better. It is below 0 because the probability of one particular work is a small fraction, and the "
    "logarithm of a fraction is negative. A difference of d means eᵈ times as likely, so +1.49 means e¹·⁴⁹ ≈ 4.4 "
    "times.",
    "glossary.pca.name": "PCA (principal component analysis)",
    "glossary.pca.short": "Shortens a picture's 64 numbers to the few directions in which the pictures differ most, "
    "so the model has fewer numbers to learn; a point found there maps back to 64 pixels.",
    "glossary.bic.name": "BIC (Bayesian information criterion)",
    "glossary.bic.short": "A score for choosing a model: how badly it fits the works (−2 × their log-likelihood, step "
    "5's measure of how probable the model finds them) plus a charge for every number it must learn. Lower is "
    "better, so extra components must earn their keep.",
    "glossary.bits_per_pixel.name": "Bits per pixel",
    "glossary.bits_per_pixel.short": "How many yes-or-no answers it takes, on average, to pin down one pixel with the model's help: −log₂ p(picture)"
    " ÷ 64, where log₂ counts halvings (log₂ of 1/2 is −1, of 1/256 is −8). Random pixels need 8. Each bit saved halves the guessing, so saving 1.08 bits on each of 64 pixels "
    "makes a picture 2⁶⁴ˣ¹·⁰⁸ ≈ 10²¹ times as likely.",
    "glossary.sigma.name": "σ (sigma), the noise level",
    "glossary.sigma.short": "How far, in grey levels, the added noise typically moves a pixel. Diffusion starts at "
    "a large σ and lowers it step by step.",
    "glossary.score.name": "Score",
    "glossary.score.short": "An arrow at each point showing the direction in which the (blurred) distribution grows "
    "fastest: the slope of log p. Following it moves noise towards likely works.",
    "glossary.langevin.name": "Langevin sampler (predictor-corrector)",
    "glossary.langevin.short": "A sampler: at each noise level σ, move a little along the score and add a little "
    "fresh noise (the Langevin correction), then step down to the next, smaller σ as reverse diffusion prescribes. "
    "The step down is called the predictor and the jiggle the corrector, hence its other name. Repeated while σ "
    "shrinks, it ends on the learned distribution itself.",
    "glossary.ode.name": "ODE (ordinary differential equation)",
    "glossary.ode.short": "A rule for how a point moves at every moment. The probability-flow ODE moves points on "
    "smooth paths with no added noise, so the same start always ends at the same work.",
    "glossary.geometric.name": "Geometric schedule",
    "glossary.geometric.short": "The noise levels shrink by the same factor at every step (like 60, 30, 15, …), "
    "not by the same amount, so small noise levels get as many steps as large ones.",
    "glossary.guidance.name": "Guidance (classifier-free guidance)",
    "glossary.guidance.short": "A dial w that pushes generation harder towards the prompt: the arrows become "
    "(1 + w) × the prompt's score − w × the score of all pictures. w = 0 follows the learned p(picture | prompt); "
    "larger w trades variety for pictures that match the prompt more plainly.",
    "glossary.neural_network.name": "Neural network",
    "glossary.neural_network.short": "A function built from many simple units in layers, whose numbers (weights) are "
    "adjusted from examples until it gives the wanted output. Here: from a noisy work and σ, a guess of the clean work.",
    "glossary.training_loss.name": "Training loss",
    "glossary.training_loss.short": "How wrong the network's guesses are on the examples it is shown, averaged; training "
    "lowers it step by step.",
    "glossary.denoising.name": "Denoising",
    "glossary.denoising.short": "Guessing the clean picture from a noisy one. A network trained at it learns the score: "
    "(guess − noisy picture) / σ².",
    "glossary.memorise.name": "Memorise / generalise",
    "glossary.memorise.short": "A model that memorises gives back its training pictures; one that generalises has learned "
    "the distribution they come from and makes new ones.",
    "glossary.handwriting_style.name": "Style z, style space",
    "glossary.handwriting_style.short": "A few numbers z that say how a digit is written (slant, thickness, width), "
    "whatever the digit; every z is a point of the style space. The same z on another digit writes it in the same "
    "hand.",
    "glossary.latent.name": "Latent",
    "glossary.latent.short": "The few numbers a picture is compressed into before a generator learns on them; a decoder "
    "(the part that undoes the squeezing) turns them back into pixels.",
    "glossary.seed.name": "Seed",
    "glossary.seed.short": "The number a run of random draws starts from. The same seed always gives the same pictures, "
    "so a whole class can look at the same ones; another seed gives others.",
    "glossary.uniform.name": "Uniform (random)",
    "glossary.uniform.short": "Every value equally likely: a uniformly random pixel is any of 0, 1, …, 255 with the same "
    "chance, 1 in 256.",
    "glossary.probability.name": "p( ) and the bar “|”",
    "glossary.probability.short": "p(a) is the probability of a. The bar reads “given”: p(scene | style) is the "
    "probability of a scene when the style is already known.",
    "glossary.density.name": "Density (dense)",
    "glossary.density.short": "How thickly the model expects works at each spot of the plane, like the number of "
    "people per square kilometre on a map. Where it is high (“dense”) new works are drawn most often.",
    "glossary.e_notation.name": "e-notation (1.8e−4)",
    "glossary.e_notation.short": "A short way of writing very small or large numbers: 1.8e−4 means 1.8 × 10⁻⁴ = 0.00018, "
    "and 2e+3 means 2,000.",
    "glossary.mixture.name": "Mixture (Gaussian mixture)",
    "glossary.mixture.short": "Several bell-shaped hills added together, each with its share of the whole: "
    "a few hills can describe works that gather in a few places.",
    "glossary.real_numbers.name": "Real numbers",
    "glossary.real_numbers.short": "Numbers that may have any decimals, such as 127.38, not only whole numbers.",
    "glossary.log.name": "log (logarithm), log p",
    "glossary.log.short": "The logarithm counts how many times a number is multiplied: it turns “times as likely” "
    "into “plus”. log p is the logarithm of a probability p: tiny probabilities such as 0.00001 become readable "
    "numbers such as −11.5, and multiplying chances becomes adding their logs.",
    "glossary.nats.name": "Nats",
    "glossary.nats.short": "The unit of a natural logarithm (the one built on e ≈ 2.718): a gap of 1 nat means e ≈ 2.7 "
    "times as likely.",
    "glossary.e_power.name": "e and eᵈ",
    "glossary.e_power.short": "e ≈ 2.718 is the base of the natural logarithm, and eᵈ is e to the power d. For a whole "
    "number d that is e multiplied by itself d times (e² = e × e ≈ 7.4); for a d with decimals it is the value in "
    "between on the same smoothly rising curve (e¹ ≈ 2.7, e¹·⁴⁹ ≈ 4.4, e² ≈ 7.4). A log-likelihood higher by d "
    "means eᵈ times as likely.",
    "glossary.conditioning.name": "Conditioning (conditional distribution)",
    "glossary.conditioning.short": "Fixing what is known and asking how the rest is spread: p(hidden | visible) is where "
    "the hidden pixels may lie once the visible ones are fixed. The components' weights are recomputed too: a "
    "component that explains the known part well gets a larger share.",
    "glossary.dimension.name": "Dimension, direction",
    "glossary.dimension.short": "A picture of 64 pixels is a point described by 64 numbers: 64 dimensions. A direction "
    "is a way of changing them together (for example “thicker stroke”); PCA finds the directions along which "
    "real pictures differ most.",
    "glossary.kmeans.name": "k-means",
    "glossary.kmeans.short": "A quick way to group points: put k centres somewhere, let each point join its nearest "
    "centre, move each centre to the middle of its group, and repeat.",
    "glossary.aic.name": "AIC (Akaike information criterion)",
    "glossary.aic.short": "A score like BIC: how badly the model fits (−2 × log-likelihood) plus 2 for every number it "
    "learns. Its charge is smaller than BIC's, so it allows a few more components.",
    "glossary.parameter.name": "Parameter",
    "glossary.parameter.short": "A number the model learns from the works: each component's centre, its ellipse and "
    "its share are parameters.",
    "glossary.sigma2_i.name": "σ²·I",
    "glossary.sigma2_i.short": "Shorthand for noise of spread σ added equally to every pixel, each pixel's noise on "
    "its own. I means “the same amount, 1, added in every direction”: every pixel wobbles by 1, and no two pixels "
    "wobble together; σ² scales that wobble to σ: spreads are counted squared here (as a variance), so σ² means spread σ. Adding σ²·I to a hill's spread widens every hill by that noise, equally in every direction.",
    "glossary.nabla.name": "∇ (nabla), ∇log p",
    "glossary.nabla.short": "“The slope of”: ∇log p at a point is the arrow in which log p grows fastest, which is "
    "the score.",
    "glossary.p_sigma.name": "p_σ",
    "glossary.p_sigma.short": "The learned distribution blurred by noise of size σ: at large σ one wide hill, at σ = 0 "
    "the distribution itself.",
    "glossary.temperature.name": "Temperature",
    "glossary.temperature.short": "A dial for drawing from a learned model: it multiplies every hill's spread. Below 1 "
    "new works stay near the middles of the hills (safe, typical); above 1 they spread out (varied, surprising).",
    "glossary.reverse_diffusion.name": "Reverse diffusion",
    "glossary.reverse_diffusion.short": "Forward diffusion adds noise to a picture little by little until only noise "
    "is left; reverse diffusion goes the other way, taking noise away step by step, which needs the score at each "
    "noise level.",
    "glossary.statistical_tests.name": "Statistical tests",
    "glossary.statistical_tests.short": "Checks of whether two sets of points could come from the same distribution; "
    "here the app's own automatic checks, run whenever its code changes, compare diffusion's end points with "
    "points drawn directly from the mixture.",
    "glossary.classifier_free.name": "Classifier-free",
    "glossary.classifier_free.short": "Guidance used to need a separate classifier that says how much a noisy picture "
    "looks like the prompt. “Classifier-free” guidance needs none: it compares the model's own two scores, with "
    "and without the prompt.",
    "glossary.logistic_regression.name": "Logistic regression",
    "glossary.logistic_regression.short": "A simple classifier: it weighs every pixel, adds the weights up for each "
    "digit and turns the sums into probabilities; the most probable digit is its answer.",
    "glossary.tweedie.name": "Tweedie's formula",
    "glossary.tweedie.short": "The average clean picture that noise of size σ could have turned into x is "
    "x + σ² × score: so the score also tells what the noise hides.",
    "gloss.seed": "the number the random draws start from: the same seed gives the same pictures",
    "gloss.uniform": "every value equally likely",
    "gloss.probability": "p(a) is the probability of a, and p(a | b) that of a given b",
    "gloss.density": "how thickly works are expected at each spot",
    "gloss.e_notation": "1.8e−4 means 1.8 × 10⁻⁴",
    "gloss.mixture": "several bell-shaped hills added together",
    "gloss.covariance": "how far a hill spreads each way, and whether it leans",
    "gloss.real_numbers": "numbers with decimals, such as 127.38",
    "gloss.log_likelihood": "how probable the model finds a work, on a scale where +1 means about 2.7 times as "
    "probable; below 0 because one work's probability is a small fraction",
    "gloss.log": "the logarithm: it turns “times as likely” into “plus”, so tiny chances become readable numbers",
    "gloss.nats": "the unit of that scale: +1 nat means about 2.7 times as likely",
    "gloss.e_power": "eᵈ: e ≈ 2.718 to the power d, e × e for d = 2 and the values in between for decimals",
    "gloss.conditioning": "fixing what is known and asking about the rest",
    "gloss.dimension": "one number of a picture's description: 64 pixels are 64 dimensions",
    "gloss.pca": "a way to keep only the few directions in which pictures differ most",
    "gloss.bits_per_pixel": "how many yes-or-no questions, on average, pin down one pixel: random pixels need 8",
    "gloss.kmeans": "a quick grouping: each work joins the nearest of k centres, each centre moves to its group's middle",
    "gloss.aic": "like BIC, with a smaller charge per learned number",
    "gloss.parameter": "a number the model learns, such as a centre or a share",
    "gloss.sigma2_i": "noise of spread σ added to every pixel alike",
    "gloss.nabla": "∇: “the slope of”, the arrow in which a value grows fastest",
    "gloss.p_sigma": "p_σ: the distribution blurred by noise of size σ",
    "gloss.langevin": "small random jiggles at each noise level that fix the points' spread without undoing the progress",
    "gloss.reverse_diffusion": "forward diffusion adds noise little by little; reverse diffusion takes it away step by step",
    "gloss.ode": "a rule of smooth movement with no chance in it: the same start always gives the same end",
    "gloss.statistical_tests": "checks that two sets of points could come from the same distribution",
    "gloss.guidance": "a dial w that pushes harder towards the prompt",
    "gloss.classifier_free": "no separate classifier: the model's own scores with and without the prompt are compared",
    "gloss.logistic_regression": "a simple classifier that weighs every pixel and picks the most probable digit",
    "gloss.tweedie": "Tweedie's formula: the average clean picture is x + σ² × score",
    "gloss.neural_network": "a function of many small adjustable sums, tuned on examples",
    "curious.title": "For the curious",
    "curious.classroom": "The rooms are kept in a database (an organised store of records) through SQLAlchemy, a "
    "Python library for talking to databases: a SQLite file (a whole database in one file) when the app runs as one "
    "program, a PostgreSQL server (a database program that several computers can share) when the app runs on several "
    "machines at once for one class. The QR code is drawn on this server by segno, a small library that makes QR "
    "codes, so nothing is fetched from outside. The board asks the database for new works every two seconds and "
    "redraws only itself.",
    "curious.handwriting": "The style model is the probabilistic PCA of Tipping & Bishop (1999). The pad is a small "
    "widget written in this app with Streamlit's own API for custom widgets; it sends the drawing once per stroke. Your "
    "drawing is made into 8×8 the way scikit-learn's digits were: scaled and centred in a 32×32 frame, then the ink "
    "counted in 4×4 blocks.",
    "curious.pixels": "The two photos ship with scikit-learn, a free Python library for machine learning."
    " Your own picture is decoded in this server's memory with Pillow, never written to disk, and forgotten "
    "when you remove it.",
    "curious.count": "The count is exact: Python's whole numbers have no size limit. The digit count and the leading digits of a "
    "number with millions of digits are worked out without writing the number out, from how many "
    "times 10 must be multiplied by itself to reach it (a count with decimals). That count is computed as two limits, one surely below the true value and one "
    "surely above; the precision is raised until both limits give the same digits, so those digits are certain.",
    "curious.learn": "The model is fitted with scikit-learn's GaussianMixture class by EM (expectation–maximisation): "
    "a loop that, over and over, shares each work out among the hills by how likely each hill makes it, then moves "
    "each hill to the works it was given. Step 5b shows it round by round.",
    "curious.digits": "The 1,797 digits ship with scikit-learn (load_digits): scans of handwriting, 8×8 pixels with 17 grey levels "
    "each. The split into the digits the model learns from and the ones kept aside to test it is fixed, so every "
    "visitor sees the same one.",
    "curious.training": "EM is written out step by step as scikit-learn does it. scikit-learn itself starts EM from "
    "k-means (a quick grouping: each work joins the nearest of k centres, each centre moves to its group's middle), "
    "the first choice under “Start from”; this page starts from random shares instead, so that there is "
    "more learning to watch. The animation plays in your browser: the app computed it once.",
    "curious.diffusion": "The Langevin sampler with a reverse-diffusion step is the predictor-corrector sampler of "
    "Song et al. (2021), a research paper; the ODE sampler takes Heun steps (each step tries a move, looks at the "
    "arrow where it lands and moves by the average of the two arrows), as in Karras et al. (2022), and deterministic "
    "samplers such as DDIM (a fast sampler used by real image generators) work the same way. The animation plays in "
    "your browser. Stable Diffusion is a widely used image generator built on the same idea.",
    "curious.learned": "The network is scikit-learn's MLPRegressor, trained with the Adam optimiser; its inputs and target are scaled "
    "as in Karras et al. (2022), so it sees numbers of about size 1 at every σ. The test of two networks taught "
    "separate halves of the works (section “Memorise or generalise”) is from Kadkhodaie et al. (ICLR 2024); compressing before diffusing is the latent diffusion of Rombach et al. (2022).",
    "curious.prompt": "Classifier-free guidance: Ho & Salimans (2022). Guiding only at low noise: Kynkäänniemi et al. (2024). The "
    "predicted final picture is what the Diffusion Explainer (an interactive web page about Stable Diffusion) shows"
    " under each step. The animation plays in your browser.",
}
