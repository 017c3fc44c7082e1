"""日本語のテキスト。キーは ``area.item``、値には ``{placeholders}`` を含められる。"""

TEXT: dict[str, str] = {
    # the frame: language, links, presenter mode, shared words
    "app.language": "Language / 言語",
    "app.language.ja": "日本語",
    "app.language.en": "English",
    "app.url_rejected": "リンクの設定のうち使えないものがあったため、既定値に戻しました：{names}",
    "app.link": "この画面へのリンク",
    "app.link_help": "枠内のボタンでコピーできます。開いた人には、この設定のままこのページが表示されます。",
    "app.previous": "前へ：{title}",
    "app.next": "次へ：{title}",
    "app.present": "発表モード",
    "app.present_help": "プロジェクター向け：文字を大きく、図を画面に収め、操作部品をしまいます。リンクに ?present=1 を付けるとこの表示で開きます。",
    "app.present_controls": "操作部品を表示",
    "app.sidebar_note": "painter は、お絵描き AI の内側で起きていることを一歩ずつ見せるアプリです。"
    "ページ上の数値はすべてその場で計算しています。",
    "axis.x1": "ピクセル 1（画風）",
    "axis.x2": "ピクセル 2（風景）",
    "common.seed": "シード",
    "common.seed_help": "乱数を引き始める番号。同じシードからは同じ絵が出ます。教室のみんなで同じ絵を見るときに使えます。",
    "common.download_png": "この絵をダウンロード（PNG）",
    "common.download_csv": "作品をダウンロード（CSV）",
    "common.again": "描き直す",
    "tasks.title": "やってみましょう",
    # page: home
    "nav.home": "はじめに",
    "home.title": "お絵描き AI は中で何をしているの？",
    "home.takeaway": "ありとあらゆる絵の中で「良い絵」が集まる場所を学び、そこから新しい絵を選び出しています。",
    "home.intro": "絵の中の数値から、指定した画風で描く AI、今の画像生成 AI（拡散モデル：まったくのノイズから出発し、ノイズを少しずつ取り除いて絵にします）"
    "がノイズを絵に変えるしくみ、そしてプロンプト（何を描いてほしいかを伝える指示）で描くものを指定するしくみまで、小さなステップを一つずつたどります。"
    "どのステップも手を動かして試せるページです。順番に開いても、必要なところだけ見ても構いません。",
    "home.step": "ステップ {number}",
    "home.source": "池宮由楽さんのブログ記事「お絵描きAIの中では何をしているか？」（2022 年）をもとに、"
    "触って確かめられる形で語り直したものです。",
    "home.warming": "計算の準備をしています…",
    # page: pixels
    "nav.pixels": "ピクセル",
    "home.pixels": "絵は 0〜255 の数値が並んだマス目。カラーなら 1 ピクセルに数値が 3 つ。",
    "pixels.title": "絵は数値のマス目",
    "pixels.takeaway": "コンピュータにとって写真はただの数値の集まりです。"
    "グレースケールなら 1 ピクセルにつき 0（黒）〜255（白）の数値が 1 つ、カラーなら 3 つ。",
    "pixels.photo": "写真",
    "pixels.photo.china.jpg": "寺院",
    "pixels.photo.flower.jpg": "花",
    "pixels.region_size": "拡大枠の大きさ",
    "pixels.region_x": "拡大枠：列",
    "pixels.region_y": "拡大枠：行",
    "pixels.as_numbers": "グレースケールにした写真を、その数値から描いたもの",
    "pixels.value": "値",
    "pixels.hover": "列 %{x}、行 %{y}<br>値 %{z}",
    "pixels.heatmap_caption": "カーソルを合わせると各ピクセルの値が読めます。"
    "ドラッグで拡大、ダブルクリックで元に戻ります。青い枠の中身を右側に数値で示しています。",
    "pixels.region_title": "青い枠の中：列 {x}・行 {y} から {size}×{size} ピクセル",
    "pixels.grid_caption": "1 マスが 1 ピクセルで、コンピュータが覚えているのはこの数値だけです。0 が黒、255 が白。",
    "pixels.colour_title": "カラー：1 ピクセルに数値が 3 つ",
    "pixels.colour_text": "カラーのピクセルは赤・緑・青の光を混ぜたもので、それぞれが 0〜255 の値を持ちます。"
    "下では各チャンネルをグレースケールの絵として並べました。その色が強いところほど明るく写ります。",
    "pixels.layer.colour": "カラー（1 ピクセルに 3 つ）",
    "pixels.layer.gray": "グレースケール（1 ピクセルに 1 つ）",
    "pixels.layer.red": "赤チャンネル",
    "pixels.layer.green": "緑チャンネル",
    "pixels.layer.blue": "青チャンネル",
    "pixels.size_title": "データの量は？",
    "pixels.metric.pixels": "ピクセル数（幅 × 高さ）",
    "pixels.metric.pixels_total": "{n:,} ピクセル",
    "pixels.metric.gray": "グレースケールでの数値の個数",
    "pixels.metric.colour": "カラーでの数値の個数（×3）",
    "pixels.metric.bytes": "1 個 1 バイトで {kib:,.0f} KiB",
    "pixels.size_caption": "0〜255 の値はちょうど 1 バイトに収まります。1 バイトは 8 ビットで、1 ビットは 0 か 1 の 1 桁です。"
    "8 個並べると 2⁸ = 256 通りになります。KiB（キビバイト）は 1,024 バイトです。カラーにするとデータは 3 倍です。",
    "pixels.upload.title": "自分の絵で試す",
    "pixels.upload.label": "絵をアップロード（PNG・JPEG・WebP・GIF・BMP、10 MB まで）",
    "pixels.upload.help": "絵はこのブラウザのセッションの中だけで使います。保存されず、ほかの人には見えません。",
    "pixels.upload.how": "下の枠に画像をドラッグするか、枠の「Browse files」ボタンを押して選んでください。枠の中の英語は、このアプリを作る道具 Streamlit の表示です。"
    "「Drag and drop file here」は「ここにファイルをドラッグ」、「Limit 10MB per file」は「1 ファイル 10 MB まで」という意味です。",
    "pixels.upload.showing": "写真の代わりにあなたの絵を表示しています。ファイルを外すと写真に戻ります。",
    "pixels.upload.scaled": "あなたの絵は {w:,} × {h:,} ピクセルです。ページを軽く保つため、"
    "下の表示は {sw:,} × {sh:,} に"
    "縮小しています。下の数は元の大きさについてのものです。",
    "pixels.upload.count_label": "この大きさ・種類の絵は何通り？",
    "pixels.upload.count": "$256^{{{w:,}·{h:,}·{c}}}$：{digits:,} 桁の数",
    "upload.error.empty": "ファイルが空です（0 バイト）。",
    "upload.error.too_big": "ファイルが 10 MB を超えています。",
    "upload.error.not_image": "このページで読める絵ではありません。PNG・JPEG・WebP・GIF・BMP をお試しください。",
    "upload.error.format": "この種類の絵はここでは扱えません。PNG・JPEG・WebP・GIF・BMP をお試しください。",
    "upload.error.too_many_pixels": "ピクセル数が多すぎて（2,400 万を超えています）安全に開けません。",
    "upload.error.damaged": "絵が壊れているか途中で切れていて、読み込めません。",
    "alt.pixels_heatmap": "グレースケールの写真を画素値のヒートマップとして描いたもの。青い枠が拡大する範囲を示す。",
    "alt.pixels_grid": "写真の一部を拡大し、各ピクセルを灰色の四角とその値（0〜255）で示したもの。",
    "tasks.pixels.flower": "花の写真に切り替えて、数値の中から明るい花びらを探してみましょう。",
    "tasks.pixels.largest": "拡大枠をいちばん大きく（16×16）してみましょう。",
    # page: count
    "nav.count": "絵は何通り？",
    "home.count": "ある大きさの絵が全部で何通りあるかを数えると、桁数が数百万にもなります。",
    "count.title": "絵は全部で何通りある？",
    "count.takeaway": "1 ピクセルが 256 通りの値をとるので、幅 W ピクセル、高さ H ピクセル（W×H）の絵は、256 を W·H 回掛けた数だけあります"
    "（W·H は W × H、つまりピクセルの数です）。小さな絵でも、"
    "その数は宇宙にある原子の数をはるかに超えます。",
    "count.width": "幅（ピクセル）",
    "count.height": "高さ（ピクセル）",
    "count.colour": "カラー（値が 3 倍）",
    "count.presets": "大きさの例",
    "count.formula": "{w:,} × {h:,} の絵で 1 ピクセルあたりの値が {c} 個なら、数値は全部で **{n:,}** 個。"
    "それぞれ 256 通りなので、この大きさの絵は $256^{{{n_tex}}}$ 通りあります。",
    "count.digits": "この数の桁数",
    "count.pages": "印刷に必要なページ数",
    "count.pages_help": "1 ページ 3,000 桁として",
    "count.exact_small": "すべての桁を書くと：",
    "count.exact_large": "最初の 40 桁と最後の 40 桁（正確な値。間の {hidden:,} 桁は省略）：",
    "count.download": "全 {digits:,} 桁をダウンロード（.txt）",
    "count.download_help": "全桁はクリックしたときに初めて計算するので、ページは軽いままです。",
    "count.too_long": "全桁を書くと {digits:,} 桁になり、ここでは出せません。ただし上の桁数・先頭・末尾は正確です。",
    "count.compare_title": "どれくらい大きい？",
    "count.bar.pictures": "{w:,}×{h:,}×{c} の絵の総数",
    "count.bar.sand": "地球上の砂粒の数（約 {value}）",
    "count.bar.seconds": "ビッグバンからの秒数（約 {value}）",
    "count.bar.atoms": "観測可能な宇宙の原子の数（約 {value}）",
    "count.bar.chess": "チェスの可能な対局数（約 {value}）",
    "count.bar.axis": "10 進数での桁数（対数目盛：1 目盛り進むごとに 10 倍）",
    "count.bar.hover": "%{y}：%{x:,} 桁",
    "count.compare_caption": "棒の長さは数そのものではなく桁数です。1 桁増えるごとに 10 倍になります。"
    "桁数でさえ差が大きすぎて普通の目盛りには収まらないので、横軸は同じ長さ進むごとに桁数が 10 倍になるように目盛りを取っています。そのため、"
    "100 桁の棒も数百万桁の棒も 1 つの図に収まります。"
    "1 の後に 0 が n 個並ぶ 10ⁿ は n + 1 桁です（10⁸⁰ なら 81 桁）。"
    "有名な巨大数でも桁数は 100 前後ですが、絵の総数は数百万桁です。",
    "count.tiny_title": "小さな絵なら全部書ける",
    "count.tiny.size": "大きさ（幅×高さ）",
    "count.tiny.gray": "グレースケールの絵の数",
    "count.tiny.colour": "カラーの絵の数",
    "count.tiny_caption": "2×1 のグレースケールの絵は 256 × 256 = 65,536 通りだけ。"
    "すべてを 1 枚の平面に並べられる大きさで、ステップ 4 ではまさにそれをします。",
    "alt.count_chart": "ありうる絵の総数の桁数を有名な巨大数の桁数と比べた棒グラフ。絵の総数の棒がはるかに長い。",
    "tasks.count.megapixel": "1000×1000 のカラー写真が何通りあるか数えてみましょう。",
    "tasks.count.two": "2 ピクセル（2×1）のグレースケールの絵を数えてみましょう。ステップ 4 の平面です。",
    # page: untrained
    "nav.untrained": "学習前の AI",
    "home.untrained": "学習していない AI のように各ピクセルを適当に選ぶと、出てくるのはノイズだけ。",
    "untrained.title": "学習前の AI が描くのはノイズ",
    "untrained.takeaway": "何も学習していない AI でも、各ピクセルをでたらめに選べば絵は描けます。"
    "ただし、描けるのはノイズばかりです。",
    "untrained.count": "枚数",
    "untrained.size": "大きさ（1 辺のピクセル数）",
    "untrained.colour": "カラー",
    "untrained.caption": "{i} 枚目",
    "untrained.real_title": "同じ大きさの本物の写真",
    "untrained.real_text": "この {size}×{size} の写真も「ありうる絵」の 1 枚で、でたらめに描く AI がこの写真を出す確率は、"
    "どのノイズ画像を出す確率ともまったく同じです。それでも、ありうる絵のほとんどは何にも見えません。"
    "意味のある絵はその大群衆の中に埋もれているのです。",
    "untrained.odds_title": "当たる確率は？",
    "untrained.odds": "{size}×{size} の{kind}の絵は数値 {n:,} 個からなるので、でたらめに描いて特定の 1 枚が出る確率は"
    " $256^{{{n_tex}}}$ 分の 1、つまりおよそ $10^{{{exp_tex}}}$ 分の 1（分母は {digits:,} 桁の数）です。",
    "untrained.kind.colour": "カラー",
    "untrained.kind.gray": "グレースケール",
    "untrained.odds_universe": "ビッグバンから今までの {seconds} 秒間、毎秒 10 億枚描き続けたとしても、描けるのは {tries} 枚です。"
    "1 枚ごとにその絵が出る確率は上のとおりなので、全部合わせても、それが一度でも出る確率は"
    "およそ {tries} ÷ $256^{{{n_tex}}}$ ≈ $10^{{{exponent}}}$ にすぎません。",
    "untrained.odds_percent": "ビッグバンから今まで毎秒 10 億枚描き続けると、"
    "少なくとも一度それが出る確率はおよそ {percent} です。"
    "大きさを増やして、確率が急激に小さくなるのを見てみましょう。",
    "untrained.odds_likely": "この小ささなら、ビッグバンから毎秒 10 億枚描けばほぼ確実に出ます。"
    "大きさを増やして、確率が急激に小さくなるのを見てみましょう。",
    "tasks.untrained.seeds": "シード 5 まで描き直してみましょう。何かに見えるノイズはありましたか。",
    "tasks.untrained.tiny": "絵を 2×2 ピクセルまで小さくして、確率をもう一度読んでみましょう。",
    "tasks.untrained.colour": "カラーにしてみましょう。数値は 3 倍になりますが、それでもノイズです。",
    # page: contest
    "nav.contest": "2 ピクセル絵画コンテスト",
    "home.contest": "人が欲しい絵は、その広大な空間のごく一部。300 人の 2 ピクセル作品を見てみましょう。",
    "contest.title": "2 ピクセル絵画コンテスト",
    "contest.takeaway": "人が欲しい絵は、ありうる絵全体のほんの一部にしかありません。"
    "300 人の 2 ピクセル作品は、256×256 の平面上で 3 つの塊に集まります。",
    "contest.artist": "画家を選ぶ",
    "contest.strip_count": "下に並べる作品数",
    "contest.works": "作品",
    "contest.hover": "ピクセル 1（画風）：%{customdata[0]}<br>ピクセル 2（風景）：%{customdata[1]}",
    "contest.chosen": "画家 {i} の作品",
    "contest.plane_caption": "平面上の 1 点が 2 ピクセルの絵 1 枚に当たります（全部で 65,536 通り）。"
    "各作品はその絵そのもの、つまり左がピクセル 1、右がピクセル 2 の小さな 2×1 の絵（幅 2 ピクセル、高さ 1 ピクセル）として描いています。",
    "contest.chosen_values": "ピクセル 1（画風）= **{x1}**、ピクセル 2（風景）= **{x2}**。"
    "この 2 つの数値が絵のすべてであり、同時に平面上の位置でもあります。",
    "contest.occupied": "平面のうち使われている割合",
    "contest.occupied_help": "256×256 の平面を、横 {tile} 階調・縦 {tile} 階調ずつの {side} × {side} = {squares:,} 個のマスに区切ったとき、"
    "作品が 1 つ以上あるマスの割合",
    "contest.distribution": "作品は 1 枚ずつ違うのに、でたらめとはほど遠く、"
    "3 か所に集まって平面の大部分を空けています。"
    "この偏り方が絵の**分布**で、それを学ぶことこそがお絵描き AI の学習です。",
    "contest.strip_title": "最初の {n} 作品を絵として並べると",
    "contest.strip_caption": "枠で囲んだ 2 マスが、1 人の画家の 2 ピクセル作品のすべてです。",
    "alt.contest_plane": "300 枚の 2 ピクセル作品を 0〜255 × 0〜255 の平面に打った散布図。作品は 3 つの塊に分かれ、平面の大部分は空いている。",
    "tasks.contest.artist": "別の画家を選んで、その作品を平面上で見つけてみましょう。",
    "tasks.contest.strip": "下の帯に 40 作品を並べてみましょう。",
    # page: classroom (a side step after the contest)
    "nav.classroom": "教室コンテスト",
    "home.classroom": "今度は教室でコンテストを開きます。全員がスマートフォンで 1 作品ずつ描き、アプリが教室の作品からその場で学習して、"
    "その様子をプロジェクターに映します。",
    "classroom.title": "教室コンテスト",
    "classroom.takeaway": "いま全員で 2 ピクセルの作品を 1 枚ずつ描きます。教室の作品がボードに集まり、ステップ 5 で詳しく説明するモデルで、アプリがその分布を学習します。",
    "classroom.intro": "先生がルームを開き、ルームコードと QR コードをプロジェクターに映します。生徒はスマートフォンで参加し、2 本のスライダーでピクセル 1（画風）"
    "とピクセル 2（風景）を決めて作品を送ります。作品は数秒でボードに届きます。集まったら、ガウス混合分布（釣り鐘形の山をいくつか足し合わせたもの）"
    "で学習します。ステップ 5 で詳しく説明するモデルです。成分の数と共分散（山がどの向きにどれだけ広がり、どれだけ傾いているか）の形は BIC"
    "（当てはまりの良さと、必要な数値の多さを天秤にかける点数）で選びます。名前も文章も送りません。"
    "1 作品は 2 つの数値だけです。",
    "classroom.for_teacher": "先生の方へ",
    "classroom.open_text": "新しいルームを作ります。読み上げやすいコードと、ボード用の秘密のリンクができます。",
    "classroom.open": "ルームを開く",
    "classroom.for_student": "生徒の方へ",
    "classroom.code": "ルームコード",
    "classroom.join": "参加する",
    "classroom.example": "作品は灰色の 2 マスです。たとえば：",
    "classroom.example_caption": "1 人 3 作品まで送れます。自分の作品は取り消せます。",
    "classroom.room_code": "ルームコード",
    "classroom.your_work": "あなたの作品",
    "classroom.send": "作品を送る",
    "classroom.sent": "送りました。あなたの作品がボードに載りました。",
    "classroom.locked": "先生がルームを締め切りました。いまは作品を送れません。",
    "classroom.sent_count": "{most} 作品のうち **{n}** 作品を送りました。",
    "classroom.take_back": "({x1}, {x2}) を取り消す",
    "classroom.class_title": "教室の作品（{n}）",
    "classroom.refresh": "最新の作品を表示する",
    "classroom.student_caption": "丸で囲んだのがあなたの作品で、灰色の点はステップ 4 の 300 人の画家の作品です。あなたはこのページのアドレスにある匿名の番号で区別されるので、再読み込みしても自分の作品はそのままです。",
    "classroom.leave": "このルームを出る",
    "classroom.fig.artists": "300 人の画家",
    "classroom.fig.class": "教室の作品",
    "classroom.fig.mine": "あなたの作品",
    "classroom.fig.hover_class": "作品番号 %{customdata[0]}<br>ピクセル 1：%{customdata[1]}<br>ピクセル 2：%{customdata[2]}",
    "classroom.fig.hover_artist": "画家の作品：(%{x}, %{y})",
    "classroom.fig.density": "密度：10×10 のマスに入る作品の割合",
    "classroom.fig.works": "教室の作品",
    "classroom.fig.component": "成分",
    "classroom.fig.centre": "成分の中心",
    "classroom.fig.hover_work": "作品：(%{x}, %{y})",
    "classroom.fig.new": "新しい作品",
    "classroom.fig.hover_new": "新しい作品<br>ピクセル 1：%{customdata[0]}<br>ピクセル 2：%{customdata[1]}",
    "alt.classroom_student": "教室の 2 ピクセル作品を 0〜255 の平面に打った散布図。300 人の画家の作品と並べ、生徒自身の作品を丸で囲んでいる。",
    "alt.classroom_board": "届いた順に 0〜255 の平面に打った教室の 2 ピクセル作品と 300 人の画家の作品。学習後は学習した密度の等高線も重ねている。",
    "classroom.join_text": "コードを読み取るか、このアドレスを開いて、作品を 1 枚描いてください。",
    "classroom.key_private": "このページのアドレスには先生用の鍵が入っています。人には見せず、生徒には上のアドレスだけを伝えてください。",
    "classroom.qr_caption": "読み取って参加",
    "classroom.count": "届いた作品",
    "classroom.state": "ルーム",
    "classroom.state.open": "受付中",
    "classroom.state.locked": "締め切り",
    "classroom.learn": "教室の作品から学習する",
    "classroom.lock": "ルームを締め切る",
    "classroom.close": "ルームを閉じる",
    "classroom.close_text": "閉じると、このルームの作品はすべて削除され、コードは使えなくなります。",
    "classroom.close_now": "閉じて作品を削除する",
    "classroom.closed": "ルームを閉じ、作品を削除しました。",
    "classroom.remove_id": "作品番号",
    "classroom.remove": "この作品を削除する",
    "classroom.too_few": "学習には {need} 作品以上が必要です。もう少し集まってから、もう一度押してください。",
    "classroom.learned_title": "教室の {n} 作品からモデルが学んだこと",
    "classroom.learned_text": "BIC が選んだのは、成分 **{k}** 個、形は **{cov}** です。ボードの等高線が学習した分布で、オレンジ色の作品はそこから新しく描いたものです。",
    "classroom.new_works": "教室のモデルから描いた新しい作品",
    "classroom.style_x1": "この画風（ピクセル 1）のまま",
    "classroom.same_style": "画風 {x1} のまま教室のモデルで描いた新しい風景（ステップ 6 と同じ）",
    "classroom.learned_caption": "その後に届いた作品からも学習するには、「教室の作品から学習する」をもう一度押してください。",
    "classroom.error.unknown": "このコードのルームは開いていません。先生にコードを確かめてください。",
    "classroom.error.malformed": "ルームコードは 4〜12 文字の英字と数字です（0、O、1、I は使いません）。",
    "classroom.error.closed": "このルームは閉じられました。",
    "classroom.error.locked": "先生がルームを締め切りました。いまは作品を送れません。",
    "classroom.error.full": "ルームがいっぱいです。",
    "classroom.error.student_full": "送れる作品数の上限に達しました。1 つ取り消すと、また送れます。",
    "classroom.error.key": "このリンクでは、このルームの先生用ボードは開けません。",
    "classroom.error.value": "作品は 0〜255 の整数 2 つです。",
    "classroom.error.student": "このリンクの生徒番号が正しくありません。ルームのリンクを開き直してください。",
    "classroom.error.work": "その作品はこのルームにありません。",
    "classroom.error.too_many_rooms": "このサーバーで開いているルームが多すぎます。しばらくしてからお試しください。",
    "classroom.error.database": "いまルームのデータベースにつながりません。少し待ってからお試しください。",
    "classroom.error.too_many_tries": "間違ったコードが続きました。1 分ほど待ってからお試しください。",
    "classroom.error.too_fast": "少し速すぎます。1 秒ほど待ってから送ってください。",
    # the model's settings (every page that shows the 2-pixel model)
    "model.components": "成分の数",
    "model.components_help": "作品の集まり方を、いくつの釣り鐘形の山で表すか。",
    "model.covariance": "成分の形",
    "model.covariance_help": "共分散（山がどの向きにどれだけ広がり、どれだけ傾いているか）の形です。full：自由に傾いた楕円、tied：全成分で共通の楕円、"
    "diag：軸に沿った楕円、spherical：円。",
    "model.cov.full": "full（自由）",
    "model.cov.tied": "tied（共通）",
    "model.cov.diag": "diag（軸沿い）",
    "model.cov.spherical": "spherical（円）",
    # page: learn
    "nav.learn": "学習と生成",
    "home.learn": "学習とは、作品が集まる場所を推定すること（釣り鐘形の山の足し合わせで表します）。生成とは、そこから新しい作品を"
    "くじのように確率に従って選び出すこと（引くこと）です。",
    "learn.title": "分布を学習して、生成する",
    "learn.takeaway": "学習では作品が集まる場所、つまり密度（各場所に作品がどれだけ集まると見込むか）を推定し、生成ではその密度が高いところから新しい作品を引きます。"
    "元の作品に似ているけれど、どれとも違う作品です。",
    "learn.n_new": "生成する作品の数",
    "learn.fitting": "300 作品から学習しています…",
    "learn.fig.density": "密度：10×10 のマスに入る作品の割合",
    "learn.fig.works": "300 の作品",
    "learn.fig.component": "成分",
    "learn.fig.centre": "成分の中心",
    "learn.fig.new": "新しい作品",
    "learn.fig.hover_work": "作品：(%{x}, %{y})",
    "learn.fig.hover_new": "新しい作品<br>ピクセル 1：%{customdata[0]}<br>ピクセル 2：%{customdata[1]}",
    "learn.ll": "作品 1 枚あたりの平均対数尤度",
    "learn.ll_delta": "でたらめに描く場合との差 {d:+.2f}",
    "learn.ll_help": "対数尤度：モデルが作品をどれだけありそうと見るかの目盛り。1 増えると、作品が現れる確率が約 2.7 倍になります。1 つの作品の確率は小さいので、0 より小さくなります。"
    "正確には、300 作品について log p(作品) を平均した値です。log は対数（「何倍」を「いくつ足す」に直す計算。"
    "とても小さい確率も読みやすい数になります）、p( ) は確率です（p(a) は a の確率、p(a | b) は b のもとでの a の確率）"
    "。単位はナット（その目盛りの単位で、1 ナット増えると確率が約 2.7 倍になります）です。差が d なら確率は eᵈ 倍です（eᵈ は e ≈ 2.718 の d 乗。d = 2 なら e × e で、小数の d ならその間の値）"
    "。e¹·⁴⁹ ≈ 4.4 です。",
    "learn.ll_uniform": "学習前の AI（どの絵も同じ確率）",
    "learn.ll_text": "学習したモデルから見ると、典型的な本物の作品が現れる確率は、でたらめに描く場合の"
    "およそ **{ratio:,.1f} 倍** です。作品がどのあたりにあるかを学んだわけです。",
    "learn.components_title": "モデルが見つけたもの",
    "learn.table.component": "成分",
    "learn.table.weight": "作品に占める割合",
    "learn.table.mean": "中心",
    "learn.strip_title": "新しい {n} 作品を絵として並べると",
    "learn.strip_caption": "モデルが出すのは実数（127.38 のように小数点以下をもつ数）なので、絵として見せるときは整数に丸め、0〜255 の範囲に収めています。",
    "learn.copies_title": "丸写しではない",
    "learn.copies_intro": "新しい作品と、それに一番近いコンテスト作品、そして平面上での距離です。",
    "learn.copies.new": "新しい作品",
    "learn.copies.nearest": "一番近いコンテスト作品",
    "learn.copies.distance": "距離",
    "learn.copies.fig.x": "一番近いコンテスト作品までの距離",
    "learn.copies.fig.y": "作品数の割合",
    "learn.copies.fig.drawn": "新しい作品",
    "learn.copies.fig.unseen": "見ていない本物の作品",
    "learn.copies.fig.hover": "距離 %{x}<br>割合 %{y:.1%}",
    "learn.copies_caption": "見ていない本物の作品：別の 300 人の画家による新しいコンテスト（シード 1）で、"
    "モデルは一度も"
    "見ていません。新しい作品が丸写しなら距離 0 に集まるはずですが、実際は見ていない作品と同じくらい離れています。",
    "alt.learn_plane": "学習した密度の等高線図。作品、各成分の楕円、新しく生成した作品を重ねている。",
    "alt.learn_copies": "新しい作品から最も近いコンテスト作品までの距離のヒストグラム。学習に使っていない本物の作品と比べる。",
    "tasks.learn.one": "成分 1 個で学習してみましょう。ガウス分布 1 つでは何を取り逃がすでしょうか。",
    "tasks.learn.spherical": "「spherical（円）」の形を試してみましょう。傾いた楕円の代わりに円になります。",
    "tasks.learn.many": "新しい作品を 40 枚以上描いて、元の作品と比べてみましょう。",
    # page: digits
    "nav.digits": "本物の絵で",
    "home.digits": "同じ考え方を本物の 8×8 の手書き数字で。新しい数字を描き、丸写しでないか確かめ、"
    "隠した半分を補います。",
    "digits.title": "2 ピクセルの先へ：本物の 8×8 の絵",
    "digits.takeaway": "本物の絵が集まる場所を学び、そこから描く。まったく同じやり方が 64 ピクセルの絵でも通用し、"
    "隠れた部分を補うことさえできます。",
    "digits.fitting": "手書き数字（{n} 枚）を学習しています：成分 {k} 個…… 待つのは最初の 1 回だけです。",
    "digits.section": "表示",
    "digits.section.real": "本物・生成・ノイズ",
    "digits.section.copies": "丸写しではない",
    "digits.section.inpaint": "穴埋め（インペインティング）",
    "digits.components": "成分の数",
    "digits.components_help": "混合分布（釣り鐘形の山をいくつか足し合わせたもの）に使うガウス分布の個数です。学習用の数字で BIC を比べると {best} 個が選ばれます。"
    "BIC は、当てはまりの良さと必要な数値の多さを天秤にかけた指標です。",
    "digits.model_note": "手書き数字のうち {n:,} 枚から学習し、残りの {m} 枚はテスト用に取っておいてモデルには一度も見せません。まず PCA（絵どうしがいちばん違う少数の方向だけを残す方法）"
    "で各数字の 64 ピクセルを {dims} 個の数にまとめます。64 ピクセル分の方向に比べれば少数ですが、この {dims} 個の方向に、"
    "学習用の数字どうしの違いの {kept:.0%} が含まれています。そこでガウス混合を学習し、引いた点を 64 ピクセルに戻します。"
    "成分の数は BIC で選び、{best} 個になりました。",
    "digits.grid.real": "本物の数字（モデルは見ていない）",
    "digits.grid.drawn": "モデルが描いた数字",
    "digits.grid.noise": "学習前の AI（でたらめなピクセル）",
    "digits.grid.real_caption": "この数字はもともと 0〜16 の 17 段階で記録されています。ほかの絵と同じく 0〜255 に引き延ばして表示しています。",
    "digits.grid.drawn_caption": "学習した混合分布から引き、整数に丸めて 0〜255 に収めたものです。にじんでいたり、"
    "数字に半分しか見えなかったりするものも多くあります。モデルがとらえたのは大まかな形で、一画一画までではありません。"
    "それでも隣のノイズよりはずっと数字に近く、その差を下の数値が測っています。",
    "digits.grid.noise_caption": "ステップ 3 と同じく、各ピクセルを 0〜255 から一様（どの値も同じ確率）に選んだものです。",
    "digits.bpp.learned": "学習したモデル（モデルが見ていない数字で）：ビット／ピクセル",
    "digits.bpp.uniform": "学習前の AI（一様）：ビット／ピクセル",
    "digits.bpp.help": "ビット／ピクセル（1 ピクセルを言い当てるのに要る、はい・いいえの質問の平均の数。でたらめなピクセルなら 8）。ここでは、"
    "モデルが見ていない数字について −log₂ p(絵) を平均し、64 ピクセルで割っています。log₂ は対数（「何倍」を「いくつ足す」に直す計算。"
    "とても小さい確率も読みやすい数になります）、p( ) は確率です（p(a) は a の確率、p(a | b) は b のもとでの a の確率）"
    "。整数の濃さでできた絵の確率は、その点でのモデルの密度（各場所に作品がどれだけ集まると見込むか）で近似しています（各ピクセル幅 1 の区間）"
    "。でたらめなピクセルなら 256 段階がどれも確率 1/256 なので、ちょうど 8 ビットです。64 ピクセルそれぞれで s ビット少なく済めば、"
    "確率は 2 の 64·s 乗倍になります。下の 10 の累乗はここから来ています。",
    "digits.bpp.meaning": "モデルの助けを借りると、1 ピクセルを言い当てるのに要る、はい・いいえの質問が"
    "**{saved:.2f} 個**（ビット／ピクセル）少なく済みます。"
    "言い換えると、見たことのない本物の数字が現れる確率を、学習前の AI のおよそ **$10^{{{power:.0f}}}$ 倍** と"
    "見積もっています。自分で描く絵はまだ粗いものの、見せられた数字を覚えただけでなく、数字がどんな形をしているかを"
    "かなり学んだということです。",
    "digits.copies.intro": "モデルは新しい数字を描いているのか、"
    "それとも学習した数字を写しているだけか？ 描いた数字（左）と、"
    "学習用の数字の中で一番近いもの（右）を並べ、その距離を添えました。距離はピクセルごとの差の二乗和の平方根です。"
    "目安として、64 ピクセルがどれも 40 階調ずつ違う 2 枚の絵の距離は √(64 × 40²) = 8 × 40 = 320 です。"
    "つまり、距離を 8 で割ると、1 ピクセルがふつうどれだけずれているかがわかります。",
    "digits.copies.pair": "距離 {d:.0f}",
    "digits.copies.pair_caption": "丸写しなら距離は 0 です。下のヒストグラム（距離ごとに、その距離になった絵の割合を棒で表したグラフ）では、"
    "描いた 300 枚と、"
    "モデルが見ていない本物の数字とを比べています。",
    "digits.copies.fig.x": "一番近い学習用の数字までの距離",
    "digits.copies.fig.y": "枚数の割合",
    "digits.copies.fig.drawn": "描いた数字",
    "digits.copies.fig.unseen": "テスト用の本物の数字",
    "digits.copies.fig.hover": "距離 %{x}<br>割合 %{y:.1%}",
    "digits.copies.median_drawn": "距離の中央値：描いた数字",
    "digits.copies.median_unseen": "距離の中央値：見ていない本物の数字",
    "digits.copies.closest": "最も近かった描いた数字",
    "digits.copies.verdict": "中央値は真ん中の値で、半分の絵はそれより近く、半分は遠くにあります。"
    "描いた数字は、モデルが見ていない本物の数字よりも学習用の数字に近いわけではありません。むしろ遠めです。"
    "{dims} 個の数で表しきれない細かな違いを、モデルはどのピクセルにもでたらめなノイズとして戻すので、本物の数字にはないざらつきが出るためです。"
    "丸写しは 1 枚もありません。後のステップ 8 で描く数字は、学習用の数字にもっと近くなります。あちらは別のモデルで、"
    "数字ごとに小さな混合分布を 1 つずつ持ち、各絵を {dims} 個ではなく 20 個の数にまとめて学びます。そのためざらつきの少ない"
    "なめらかな絵になり、比べる枚数も違います。",
    "digits.inpaint.index": "テスト用の絵の番号",
    "digits.inpaint.index_help": "モデルが見ていない {m} 枚の絵から、番号（0〜{last}）で 1 枚選びます。"
    "描かれている数字ではなく、絵の通し番号です。",
    "digits.inpaint.mask": "隠す場所",
    "digits.inpaint.mask.bottom": "下半分",
    "digits.inpaint.mask.right": "右半分",
    "digits.inpaint.mask.box": "長方形",
    "digits.inpaint.rows": "長方形：行",
    "digits.inpaint.cols": "長方形：列",
    "digits.inpaint.all_hidden": "少なくとも 1 ピクセルは見えるようにしてください。手がかりがないと補えません。",
    "digits.inpaint.truth": "正解：数字の {digit}",
    "digits.inpaint.shown": "モデルに見せる絵",
    "digits.inpaint.completions": "隠した {hidden} ピクセルの補い方 {n} 通り",
    "digits.inpaint.caption": "オレンジの枠：モデルが補った隠れたピクセル。どの補い方も、厳密な条件付き分布 p(隠れた部分 | 見える部分)（p(a) は a の確率、"
    "p(a | b) は b のもとでの a の確率）から引いています。条件付き（わかっている部分を固定して、残りを考えること）"
    "にするため、各ガウス分布を見えるピクセルで固定し、各成分の重みは見えるピクセルをどれだけよく説明するかで計算し直します。",
    "digits.inpaint.link": "ステップ 6 では、同じことを 2 ピクセルで行います。1 ピクセル（画風）を固定して、もう一方を引きます。"
    "ここでは、各絵が 64 次元（絵を表す数の個数。64 ピクセルなら 64 次元）で、見えるピクセルを固定して隠れたピクセルを引きます。"
    "使う式は同じです。",
    "alt.digits_distances": "各絵から最も近い学習用の絵までの距離のヒストグラム。生成した絵と、学習に使っていない本物の絵を比べる。",
    "tasks.digits.copies": "「丸写しではない」を開いて、いちばん近い学習用の数字を確かめてみましょう。",
    "tasks.digits.inpaint": "「穴埋め（インペインティング）」を開いて、半分隠した数字をモデルに完成させてみましょう。",
    # page: training
    "nav.training": "学習を観察する",
    "home.training": "混合分布（釣り鐘形の山の足し合わせ）が少しずつ学習していく様子を見て、山（成分）の数を選び、自分の作品を加え、"
    "温度のダイヤル（新しい作品を大胆にするか慎重にするかのつまみ）を回してみましょう。",
    "training.title": "学習のようすを観察する",
    "training.takeaway": "学習とは繰り返しです。各作品がどの流派（成分）に属するかを推測し、"
    "それぞれの流派をそこに属する作品たちの中心へ動かします。これを変化がなくなるまで続けます。",
    "training.section": "表示する内容",
    "training.section.em": "EM を観察",
    "training.section.choose": "モデルを選ぶ",
    "training.section.own": "自分の作品",
    "training.section.temperature": "温度",
    "training.em.intro": "混合分布（釣り鐘形の山をいくつか足し合わせたもの）は **EM 法**（期待値最大化法）で学習します。**E ステップ**では、"
    "各作品を、その作品をいちばん生み出しそうな成分の色で塗り分けます。**M ステップ**では、各成分の中心と楕円を、その成分が説明する作品たちの方へ動かします。"
    "▶ で再生するか、スライダーで 1 回ずつ進めてみてください。反復 0 ではまだ何も学習していないので、色は「初期値」で選んだ最初の当て推量を示すだけで、"
    "でたらめに見えることもあります。このページの既定は「ランダムな割り当て」（各作品を各成分にランダムな割合で割り振る）で、"
    "答えから遠い出発点なので、学習の様子がよく見えます。k-means（各作品を k 個の中心のうち最も近いものに入れ、中心をグループの真ん中へ動かす、すばやい分け方）"
    "は答えの近くから、「ランダムな作品」は各成分をランダムに選んだ 1 作品から始めます。",
    "training.em.init": "初期値",
    "training.em.init.kmeans": "k-means",
    "training.em.init.random": "ランダムな割り当て",
    "training.em.init.random_from_data": "ランダムな作品",
    "training.em.init_help": "k-means（各作品を k 個の中心のうち最も近いものに入れ、中心をグループの真ん中へ動かす、すばやい分け方）：最初から答えに近いことが多い出発点です。"
    "ランダムな割り当て：各作品を各成分にランダムな割合で割り振ります。ランダムな作品：各成分を、ランダムに選んだ 1 作品から始めます。",
    "training.em.running": "EM を実行しています…",
    "training.em.fig.iteration": "反復回数",
    "training.em.fig.ll": "平均対数尤度",
    "training.em.fig.works": "300 作品",
    "training.em.fig.play": "再生",
    "training.em.fig.pause": "一時停止",
    "training.em.fig.reset": "最初へ",
    "training.em.fig.hover_work": "作品：(%{x}, %{y})",
    "training.em.fig.hover_ll": "反復 %{x}：%{y:.3f}",
    "training.em.caption": "{n} 回の反復で、作品 1 枚あたりの平均対数尤度（モデルが作品をどれだけありそうと見るかの目盛り。1 増えると、作品が現れる確率が約 2.7 倍になります。"
    "1 つの作品の確率は小さいので、0 より小さくなります）は {first:.3f} から {last:.3f} まで上がり、"
    "一度も下がりませんでした。EM の 1 回ごとの更新は、この値を下げることがないからです。"
    "点線の正方形は、2 ピクセルの絵すべてが収まる 0〜255 の平面です。最初のころの楕円は、"
    "その外まではみ出すことがあります。",
    "training.choose.intro": "成分を増やせば 300 作品への当てはまりは必ず良くなるので、当てはまりだけでは選べません。**BIC** と **AIC**（BIC に似た点数で、"
    "学習する数値 1 つあたりのペナルティが小さいもの）は、パラメータ（中心や割合など、モデルが学ぶ数値）が増えるたびにペナルティを課します（小さいほど良い）"
    "。**検証用データでの対数尤度**（モデルが作品をどれだけありそうと見るかの目盛り。1 増えると、作品が現れる確率が約 2.7 倍になります。"
    "1 つの作品の確率は小さいので、0 より小さくなります）は、作品の 4 分の 3 で学習し、残り 4 分の 1 がどれだけありそうに見えるかを測ります（大きいほど良い）"
    "。",
    "training.choose.metric": "評価の指標",
    "training.choose.metric.bic": "BIC",
    "training.choose.metric.aic": "AIC",
    "training.choose.metric.held_out": "検証用データの対数尤度",
    "training.choose.scoring": "すべての設定（成分 1〜8 個 × 4 つの形）を一度ずつ学習しています…",
    "training.choose.best": "最良",
    "training.choose.hover": "成分 %{x} 個：%{y:.2f}",
    "training.choose.note.bic": "BIC = −2 × 対数尤度 + (パラメータ数) × log(作品数)。log は対数（「何倍」を「いくつ足す」に直す計算。"
    "とても小さい確率も読みやすい数になります）です。小さいほど良く、余分な成分に最も厳しい指標です。値が数千にもなるのは、対数尤度を平均せず、{n} 作品すべてについて足し合わせるからです。"
    "成分 {k} 個・{cov}型なら、1 作品あたり {ll:.2f} が {n} 作品分で {total:,.1f}、その −2 倍が {twice:,.1f} で、これにペナルティが加わります。",
    "training.choose.note.aic": "AIC = −2 × 対数尤度 + 2 × (パラメータ数)。小さいほど良く、BIC よりは"
    "成分が多めでも許します。BIC と同じく対数尤度を {n} 作品すべてについて足し合わせるので、成分 {k} 個・{cov}型なら "
    "{n} × ({ll:.2f}) = {total:,.1f}、その −2 倍が {twice:,.1f} となり、値が数千になります。",
    "training.choose.note.held_out": "モデルが学習に使わなかった 75 作品の平均対数尤度（残りの 225 作品で学習）。"
    "大きいほど良い指標です。",
    "training.choose.best_text": "この指標での最良：**成分 {k} 個、{cov}型**。",
    "training.choose.apply": "{k} 個 × {cov} を「学習と生成」で使う",
    "training.choose.fit_title": "少なすぎ、ちょうど良い、多すぎ",
    "training.choose.fit_text": "成分 1 個では単純すぎて、3 つの流派を 1 つの山でぼんやり覆ってしまいます"
    "（過小適合、つまり学習不足）。成分 8 個になると、流派ではなく、たまたまこの 300 作品に生じた小さな固まりまでなぞり始め"
    "（過学習）、そこから描いた新作はその偶然まで真似てしまいます。",
    "training.choose.thumb.1": "成分 1 個：少なすぎ",
    "training.choose.thumb.3": "成分 3 個：3 つの流派",
    "training.choose.thumb.8": "成分 8 個：多すぎ",
    "training.choose.thumb_score": "取り分けた作品での対数尤度：{ll}（高いほど良い）",
    "training.choose.fit_look": "見どころ：成分 3 個と 8 個の等高線はほとんど同じに見えます。8 個でも同じ 3 つの流派を"
    "覆っているからです。違いは色付きの楕円に表れます。8 個では、小さな楕円がいくつも 1 つの流派を分け合い、"
    "その偶然の固まりをなぞっています。その代償は、取り分けておいた 4 分の 1 の作品でわかります。8 個は、"
    "見た作品にはよく合うのに、見ていない作品では 3 個より少し低い点になります。",
    "training.own.intro": "自分の作品を加えると、モデルはコンテストの作品とあなたの作品からもう一度学習します。"
    "ピクセルの値を 2 つ入力するか、平面上の好きな場所をクリックするか、プリセットを使ってください。"
    "加えた作品はあなたのセッションの中だけにあり、ほかの人には見えません。",
    "training.own.x1": "ピクセル 1（画風）",
    "training.own.x2": "ピクセル 2（風景）",
    "training.own.add": "追加",
    "training.own.preset.fourth": "4 つ目の流派",
    "training.own.preset.move": "流派を動かす",
    "training.own.preset.thin": "流派を間引く",
    "training.own.preset.empty": "ゼロから",
    "training.own.preset.reset": "コンテストに戻す",
    "training.own.preset_help.fourth": "まだ誰も使っていない暗い隅に、新しい作品を 60 点加えます。",
    "training.own.preset_help.move": "左上の流派が、ずっと暗い風景を描くようになります。",
    "training.own.preset_help.thin": "下の流派の作品を 6 点に 1 点だけ残します。",
    "training.own.preset_help.empty": "作品をすべて消し、自分の作品を 1 点ずつ加えていきます。",
    "training.own.preset_help.reset": "コンテストの 300 作品に戻します。",
    "training.own.count": "学習に使う作品の数",
    "training.own.too_few": "成分 {k} 個を学習するには作品が {need} 枚以上必要ですが、いまは {n} 枚です。"
    "作品を増やすか、成分の数を減らしてください。",
    "training.own.full": "作品は {most:,} 枚が上限です。ほかの作品を加えるには、プリセットで減らしてください。",
    "training.own.fitting": "あなたの作品から学習しています…",
    "training.own.works": "学習に使う作品",
    "training.own.hover_click": "クリックで (%{x}, %{y}) に作品を追加",
    "training.own.caption": "等高線：これらの作品からモデルが学んだ分布。× と楕円：その成分。"
    "オレンジの枠：そこから描いた 12 点の新しい作品。",
    "training.temp.intro": "学習が済んだモデルからは、大胆にも慎重にも描けます。温度は各成分の共分散（山がどの向きにどれだけ広がり、どれだけ傾いているか）"
    "に掛ける数です。1 が学習したままのモデルです。1 より小さいと新しい作品は流派の中心に集まり、1 より大きいと広がって外れていきます。",
    "training.temp.dial": "温度",
    "training.temp.dial_help": "描く前に、各成分の共分散にこの数を掛けます。",
    "training.temp.state": "温度 **{temp:.1f}** のとき、楕円と等高線は描くときの分布を表し、"
    "下の新しい作品はそこから描いたものです。",
    "training.temp.generators": "実際の画像生成 AI は、でたらめなノイズから出発して、それを一歩ずつ絵に変えていきます（ステップ 7）。"
    "そこにも同じようなダイヤルがあります。無難で典型的な絵と、多彩で意外な絵のどちらに寄せるかを決める**温度**（あちらでは、出発するノイズの大きさ）"
    "と、描く絵をプロンプト（何を描いてほしいかを伝える指示。ステップ 8）へ強く引き寄せる**ガイダンス**（プロンプトの方へ強く押すつまみ w）です。ガイダンスを強めると、"
    "ここで温度を 1 より下げたときのように絵の幅が狭まります。",
    "alt.em_plane": "EM のアニメーション。各成分の楕円が塊へ移動し、作品は最もありそうな成分の色で塗られる。横に反復ごとの対数尤度。",
    "alt.choose_chart": "成分 1〜8 個と共分散の形ごとのモデルの評価値の折れ線グラフ。最良の設定に印がある。",
    "alt.choose_thumb": "ある成分数の混合分布を作品に重ねた小さな等高線図。",
    "alt.own_plane": "コンテスト作品と訪問者が加えた作品から学習した分布の等高線図と、そこから生成した作品。",
    "alt.temp_plane": "選んだ温度での学習済み分布の等高線図と、その温度で生成した作品。",
    "tasks.training.kmeans": "EM を k-means（各作品を k 個の中心のうち最も近いものに入れ、中心をグループの真ん中へ動かす、すばやい分け方）"
    "から始めてみましょう。ランダムより少ない反復で済むでしょうか。",
    "tasks.training.choose": "「モデルを選ぶ」を開いて、どの設定が勝つか見てみましょう。",
    "tasks.training.temperature": "「温度」を開いて、ダイヤルを下げたり上げたりしてみましょう。",
    # page: style
    "nav.style": "同じ画風で描く",
    "home.style": "新しい画家の画風はそのままで、風景だけをモデルに選ばせます（条件付きサンプリング：わかっている部分を固定して、"
    "残りだけを選ぶこと）。",
    "style.title": "同じ画風で新しい作品を",
    "style.takeaway": "新しい画家の作品から画風だけを残し、その画風に合う風景は、学習した分布に選んでもらいます。",
    "style.x1": "301 人目の画家：画風（ピクセル 1）",
    "style.x1_help": "画風は固定し、風景だけを新しく引きます。",
    "style.x2": "301 人目の画家：風景（ピクセル 2）",
    "style.x2_help": "301 人目の画家が実際に描いた風景で、比べるために星印で示します。新しい作品はこれを使わず、"
    "画風だけを受け継いで、風景は曲線から引きます。",
    "style.n_new": "新しい作品の数",
    "style.model_settings": "モデルの設定",
    "style.fig.cond": "p(風景 | 画風)",
    "style.fig.slice": "切り口：この画風のすべての絵",
    "style.fig.work": "301 人目の画家の作品",
    "style.fig.new": "同じ画風の新しい作品",
    "style.fig.hover_new": "新しい作品<br>ピクセル 1：%{customdata[0]}<br>ピクセル 2：%{customdata[1]}",
    "style.fig.hover_work": "301 人目の画家<br>画風 %{x}、風景 %{y}",
    "style.fig.hover_curve": "風景 %{y:.0f}：密度 %{x:.2e}",
    "style.figure_caption": "平面：学習した分布を、画風 = {x1} の破線で切ったところ。曲線は、その線に沿った風景の正確な密度"
    " p(風景 | 画風) です。密度は各場所に作品がどれだけ集まると見込むかを表し、p(a) は a の確率、p(a | b) は b のもとでの a の確率です。"
    "曲線の下の色は、曲線のどの部分が"
    "どの成分から来ているかを、ステップ 5 と同じ成分の色で示しています（たいてい山ひとつに成分ひとつです）。"
    "新しい作品（オレンジ）はこの曲線から引いています。",
    "style.strip_title": "同じ画風、新しい風景",
    "style.original": "301 人目の画家",
    "style.generated": "その画風の新しい {n} 作品",
    "style.strip_caption": "新しい作品はどれもピクセル 1 をそのまま使い、ピクセル 2 を曲線から引いています"
    "（表示のため整数に丸め、0〜255 に収めています）。",
    "style.shares": "この画風なら、風景は次の成分から来ます：{shares}。",
    "style.share_separator": "、",
    "style.share": "成分 {k}（{p}）",
    "style.model_note": "モデル：成分 {k} 個、{cov}型の共分散。ステップ 4 の 300 作品から学習。",
    "alt.style_plane": "選んだ画風の位置で縦に切った学習済みの密度と、その画風で考えられる風景の分布の曲線。",
    "tasks.style.one_peak": "ありそうな風景が 1 種類だけ（山が 1 つ）の画風を探してみましょう。",
    "tasks.style.two_peaks": "画風を動かして、曲線の山がまた 2 つになる所を探してみましょう。",
    "tasks.style.dark": "暗い画風（80 未満）を選んでみましょう。",
    # page: handwriting
    "nav.handwriting": "あなたの字で",
    "home.handwriting": "数字を 1 つ指で書くと、モデルが 0〜9 の全部をあなたの書きぐせで書きます。"
    "画風はそのままで風景だけを変えることを、本物の絵で試します。",
    "handwriting.title": "あなたの字で 0〜9",
    "handwriting.takeaway": "数字の書き方（傾き・太さ・幅）は少数の数値 z に収まります。z はそのままに数字だけを"
    "取り替えれば、10 個とも同じ人の字になります。",
    "handwriting.intro": "数字の絵は、その数字の平均の絵に、少数の **書きぐせ** の数値 z をピクセルに直したものを"
    "足したものだと考えます。z をピクセルに直す向き（書きぐせの方向）は、10 種類の数字すべてからまとめて学びます"
    "（学習用の絵が自分の数字の平均からどうずれているかを、確率的 PCA（絵どうしがいちばん違う少数の方向だけを残す方法）で表し、少しずつ近づけるのではなく一つの式で一度に解きます）。"
    "方向を全部の数字で共有しているので、同じ z はどの数字でも同じ傾き・同じ太さを意味します。"
    "書きぐせの空間は、数字ではなく「手」を表す小さな **潜在空間** です。"
    "数字を 1 つ書いてモデルに z を求めさせ、残りの 9 個を書いてもらいましょう。",
    "handwriting.source": "あなたの数字",
    "handwriting.source.draw": "書く",
    "handwriting.source.upload": "写真を使う",
    "handwriting.source.held_out": "学習外の数字",
    "handwriting.dims": "書きぐせの数（dims）",
    "handwriting.dims_help": "z の数値の個数です。少ないと数字はきれいですが、あなたらしさはあまり残りません。"
    "多いとあなたの字に近づき、そのぶん数字がぼやけます。",
    "handwriting.pad_title": "0〜9 の数字を 1 つ書いてください",
    "handwriting.pad_label": "お絵描きパッド（32 × 32 マス）",
    "handwriting.clear": "消す",
    "handwriting.pad_caption": "マウス・ペン・指のどれでも書けます。ひと筆ごとに、指を離したときに送られます。"
    "データセットの数字と同じく、枠いっぱいに拡大して 4×4 マスずつインクを数えます（そこではインクが明るく写ります）。",
    "handwriting.bad_drawing": "届いた絵は、このパッドが送る形（0 か 1 の 1,024 マス）ではないため、使いません。"
    "パッドを消して、もう一度書いてください。",
    "handwriting.upload": "手書きの数字 1 つの写真（明るい紙に濃いインク）",
    "handwriting.upload_help": "メモリの中だけで読み込み、保存はしません。暗さでインクを見つけ、切り出して、"
    "書いた絵と同じ 32×32 マスで数えます。",
    "handwriting.index": "学習外の数字の番号",
    "handwriting.index_help": "モデルが学習中に一度も見なかった 297 個の数字から 1 つ選びます。",
    "handwriting.index_label": "人が「{digit}」として書いたものです。",
    "handwriting.stand_in": "まだ何も書かれていません。学習に使っていない数字の {index} 番を代わりに表示します。",
    "handwriting.seen_title": "モデルに見えている絵（8×8）",
    "handwriting.reads": "モデルはあなたの数字を **{digit}** と読みました（{p}）。",
    "handwriting.reads_picture": "モデルはこの絵を **{digit}** と読みました（{p}）。",
    "handwriting.unsure": "モデルは自信がありません。これまでに見たどの数字にも似ていないようです。"
    "いちばん近いのは {digit}（{p}）ですが、下の書きぐせはあまり当てになりません。数字を 1 つ、大きく書いてみてください。",
    "handwriting.correct": "読み違い？ 書いた数字は",
    "handwriting.as_read": "モデルの読みどおり",
    "handwriting.correct_help": "モデルが読み違えたら、正しい数字を選んでください。書きぐせは、その数字の平均との"
    "違いとして測り直します。",
    "handwriting.direction": "書きぐせの方向 {k}",
    "handwriting.direction.thickness": "太さ",
    "handwriting.direction.slant": "傾き",
    "handwriting.direction.width": "幅",
    "handwriting.direction_help": "あなたの書きぐせをこの方向に動かします（0 があなた自身の書きぐせ）。"
    "名前は、その方向が何を変えるかがデータからはっきり分かるときだけ付けています。",
    "handwriting.ten_title": "書きぐせを写した 0〜9",
    "handwriting.rows": "上：あなたの書きぐせで。中：でたらめな書きぐせで。下：本物の学習用の数字。",
    "handwriting.ten_caption": "あなたの書きぐせ：各数字の平均の絵に、あなたの書きぐせ z（{dims} 個の数値）を"
    "共通の方向で足したもの。でたらめな書きぐせ：z をでたらめに選んだもの。本物：各数字の学習用の絵 1 つずつ。"
    "ファイルには、あなたの書きぐせの 10 個が入ります。",
    "handwriting.dims_reading": "**dims** を動かしてみてください。数値が 2 個だと数字はどれもきれいでよく似ていて、"
    "あなたの字らしさはほとんど残りません。16 個にするとあなたらしさ（と書き損じ）がもっと残り、数字はぼやけます。",
    "handwriting.reading_title": "数字ごとの、モデルの確からしさ",
    "handwriting.fig.hover": "数字 %{x}：%{y:.1%}",
    "handwriting.variations_title": "書きぐせ 1 つに、絵はたくさん：モデル自身のノイズを加えたあなたの {digit}",
    "handwriting.variations_caption": "同じ z に、書きぐせでは表しきれないピクセルのノイズを加えました。"
    "書きぐせが決めるのは数字の書き方で、ピクセル 1 つ 1 つまでではありません。",
    "handwriting.directions_title": "書きぐせの空間を歩く",
    "handwriting.directions_intro": "最初の 3 つの書きぐせの方向を、それぞれ {digit} で −2 から +2 まで並べました"
    "（真ん中は平均的な {digit}）。スライダーで、あなた自身の書きぐせをこの方向に動かせます。",
    "handwriting.strip_rows": "上から順に：{names}",
    "handwriting.directions_caption": "方向は、書き手どうしの違いをどれだけ説明するかの順に並んでいます。"
    "名前は、その方向がインク・傾き・幅のどれか 1 つをほかよりはっきり変えるときだけ付けています。",
    "handwriting.carry_title": "書きぐせは本当に受け継がれる？",
    "handwriting.carry_reading": "学習に使っていない 297 個の数字で測りました。それぞれの書きぐせでほかの 9 個の"
    "数字を書き、元の数字がその数字の平均よりインクが多い（傾きが大きい）とき、書いた数字もそれぞれの平均より"
    "インクが多い（傾きが大きい）かを、2 つのずれの相関で調べます。インクでは **{ink}**、傾きでは **{slant}** でした。"
    "元の書きぐせの代わりにでたらめな書きぐせを使うと {random_ink} と {random_slant} で、何も受け継がれません。",
    "handwriting.caveat": "正直に断っておくと、データセットの数字（ステップ 5a と同じもの）は数十人が書いたものですが、書き手の名前は"
    "付いていません。そのため「同じ人の字か」を名前で確かめることはできません。ここでは、受け継がれる傾きと太さを"
    "ものさしにしています。",
    "handwriting.step6": "これはステップ 6 を本物の絵でやり直したものです。ステップ 6 ではピクセル 1（画風）を残し、"
    "ピクセル 2（風景）を新しく引きました。ここでは z が画風で、数字が風景です。",
    "alt.handwriting_reading": "絵が与えられたときの各数字 0〜9 の確率の棒グラフ。読み取った数字を強調。",
    "tasks.handwriting.few": "dims を 2 にしてみましょう。数字はきれいになりましたか。あなたらしさは残っていますか。",
    "tasks.handwriting.held_out": "学習に使っていない数字を選んで、その 10 個を本物と比べてみましょう。",
    "tasks.handwriting.move": "最初の書きぐせの方向を +1.5 以上にしてみましょう。10 個の数字がそろって変わります。",
    # page: diffusion
    "nav.diffusion": "ノイズから絵へ",
    "home.diffusion": "ノイズから出発し、学習した分布の坂を少しずつ登らせていきます。"
    "Stable Diffusion など今の画像生成 AI の基になっている「拡散モデル」の考え方です。",
    "diffusion.title": "ノイズから絵へ：拡散モデル",
    "diffusion.takeaway": "拡散モデルはノイズから出発し、ぼかしを少しずつ弱めながら、"
    "作品がありそうな方向へ点を一歩ずつ動かします。最後にはノイズが作品に変わっています。",
    "diffusion.n_points": "点の数",
    "diffusion.steps": "ステップ数",
    "diffusion.steps_help": "ノイズの大きさ σ を大から小へ何段階で下げるか。段階が多いほど一歩は小さくなります。"
    "アニメーションに使うのはそのうち最大 40 段階です。",
    "diffusion.method": "サンプラー",
    "diffusion.method.langevin": "ランジュバン法",
    "diffusion.method.ode": "ODE",
    "diffusion.method_help": "ランジュバン法（各ノイズの大きさで小さくランダムに揺らし、進み具合を崩さずに点の散らばりを整える方法）：毎ステップ、矢印の向きに押して新しいノイズを少し加え、"
    "次のノイズの大きさまで逆拡散（順方向の拡散はノイズを少しずつ加え、逆拡散はそれを一歩ずつ取り除きます）のステップで進みます。"
    "ODE（偶然の入らないなめらかな動きの規則。同じ出発点からは必ず同じ終点に着きます）：確率フロー ODE。ノイズを加えずなめらかな道をたどります。",
    "diffusion.model_settings": "モデルの設定",
    "diffusion.computing": "ノイズを作品に変えています…",
    "diffusion.fig.points": "点",
    "diffusion.fig.score": "スコア（進む向き）",
    "diffusion.fig.trail": "いくつかの点の軌跡",
    "diffusion.fig.now": "その点を絵にしたもの",
    "diffusion.fig.hover_now": "ピクセル 1：%{customdata[0]}<br>ピクセル 2：%{customdata[1]}",
    "diffusion.fig.play": "▶ 再生",
    "diffusion.fig.pause": "❚❚ 一時停止",
    "diffusion.fig.sigma": "ノイズの大きさ σ = ",
    "diffusion.fig.square": "2 ピクセルの絵すべて（0〜255）",
    "diffusion.figure_caption": "再生ボタンを押すか、スライダーを動かしてください（全 {frames} コマ）。"
    "青い矢印はその時点のノイズの大きさでのスコア、つまりぼかした分布がいちばん速く濃くなる向きです"
    "（長さはそろえてあります）。点線の正方形の中が、ありうる 2 ピクセルの絵のすべてです。"
    "ノイズは値が 0 未満や 255 超になり、正方形からはみ出すこともあります。"
    "紫の等高線は、ノイズを加える前の学習した分布です。",
    "diffusion.method_note.langevin": "**ランジュバン法＋逆拡散ステップ**（予測子・修正子法）：{steps} ステップ、σ を {smax} から {smin} 階調まで等比的に下げ、"
    "最後に 0 まで進めます。出発点は学習前の AI が描いた絵、つまり各ピクセルが 0〜255 の一様（どの値も同じ確率）"
    "な乱数です。各段階では、まずランジュバン法で、矢印の σ²/4 倍だけ動かし、新しいノイズを少し加えます。ノイズを取り除く途中でノイズを足すのは不思議に見えますが、"
    "この揺らしは点の散らばりを σ でぼかしたデータと同じ幅に保つだけです。そのため、どこから出発したかはすぐに関係なくなります。"
    "次に逆拡散のステップで、一段小さい σ へ進みます。到着した点は、直接引いた点との統計的検定（2 組の点が同じ分布から来たと言えるかを確かめる方法）"
    "に合格します。σ を {smax} から始めるのは、ノイズが 3 つの作品の集まりをすべて覆う広さにするためです。",
    "diffusion.method_note.ode": "**確率フロー ODE**：{steps} ステップ、σ を {smax} から {smin} まで等比的に下げ、最後に 0 まで進めます。"
    "道筋が決定的なので、出発点の時点で σ = {smax} でぼかした分布と同じように散らばっている必要があります。そこで、"
    "作品の平均を中心とする幅の広いガウスノイズの雲（0〜255 の正方形よりずっと広い）から出発します。",
    "diffusion.ll_end": "平均対数尤度：到着した点",
    "diffusion.ll_delta": "直接引いた点との差 {d:+.2f}",
    "diffusion.ll_help": "モデルが作品をどれだけありそうと見るかの目盛り。1 増えると約 2.7 倍ありそうで、1 つの作品の確率は小さいので 0 より小さくなります。"
    "正確には、学習した混合分布（釣り鐘形の山をいくつか足し合わせたもの）のもとでの log p(点) の平均です。log は対数（「何倍」を「いくつ足す」に直す計算。"
    "とても小さい確率も読みやすい数になります）、p( ) は確率です（p(a) は a の確率、p(a | b) は b のもとでの a の確率）"
    "。単位はナット（その目盛りの単位。1 ナット増えると約 2.7 倍ありそう）です。拡散がうまくいけば、到着した点は混合分布から直接引いた点と同じくらいの値になります。",
    "diffusion.ll_direct": "混合分布から直接引いた点",
    "diffusion.ll_start": "出発点のノイズ",
    "diffusion.ll_text": "出発点のノイズは学習した分布のもとではまずありえない値でしたが、拡散のあとは直接引いた点とほぼ同じくらいありそうな点になっています。"
    "「ほぼ」というのは、差が大きくても 0.何ナットで、1 点あたり最大でも約 1.2 倍ありそうさが低いだけだからです。ノイズの方は数百倍以上も低いのです。"
    "数百個の点の平均は組ごとに少し揺れますし、ステップも無限に細かくはないので、シードによって到着点の値は直接引いた点より少し低くなったり、"
    "少し高くなったりします。いくつかのシードで試してみてください。ステップがごく少ないと一歩が粗すぎて大きな差が残ります。10 ステップから増やしていき、"
    "差が縮まるのを確かめてみてください。",
    "diffusion.strip_title": "同じ点を絵として：拡散の前と後",
    "diffusion.before": "ノイズ（出発点）",
    "diffusion.after": "作品（到着点）",
    "diffusion.strip_caption": "最初の {n} 点です。どの点も 2 ピクセルの絵で、"
    "表示のため整数に丸め、0〜255 の範囲に収めています。",
    "diffusion.why_title": "本物の拡散モデルにニューラルネットワークが要る理由",
    "diffusion.why_network": "ここでスコアを式で正確に書けるのは、学習した分布が {k} 個のガウス分布の混合で、ぼかした形も計算できるからです。本物の画像では何百万ものピクセルにわたる分布を式に書ける人はいないので、"
    "拡散モデルはノイズを加えた例からスコア（言い換えれば、加えられたノイズ）を当てるニューラルネットワーク（調整できる小さな足し算をたくさん組み合わせ、"
    "例を見せて合わせていく関数）を学習し、そのうえでこれとまったく同じ手順を回します。",
    "diffusion.model_note": "モデル：成分 {k} 個、{cov}型の共分散。ステップ 4 の 300 作品から学習。",
    "alt.diffusion_plane": "ランダムなノイズの点が、学習した分布の 3 つの塊へ移っていくアニメーション。矢印はスコアを表す。",
    "tasks.diffusion.ode": "サンプラーを ODE に切り替えてみましょう。同じノイズから決まった道筋をたどります。",
    "tasks.diffusion.steps": "200 ステップにして、到着した点が直接引いた点に近づくのを見てみましょう。",
    # page: learned
    "nav.learned": "本物のモデルがしていること",
    "home.learned": "式の代わりに、小さなニューラルネットワーク（例を見せて調整していく関数）が、ノイズ入りの作品をきれいに戻す練習を通して、"
    "どちらが坂の上か（スコア）を学びます。作品が少ないと丸暗記し、多いと新しい作品を作ります。"
    "本物の生成 AI が、まず絵を少数の数値に縮める（圧縮する）理由も見ます。",
    "learned.title": "本物のモデルがしていること：ネットワークがスコアを学ぶ",
    "learned.takeaway": "本物の拡散モデルにはスコアの式がありません。ニューラルネットワーク（調整できる小さな足し算をたくさん組み合わせ、例を見せて合わせていく関数）"
    "が、ノイズ除去の例からスコアを学びます。作品が少なければ丸暗記し、多ければ汎化します。",
    "learned.section": "表示",
    "learned.section.score": "ネットワークがスコアを学ぶ",
    "learned.section.memorise": "丸暗記か汎化か",
    "learned.section.compress": "まず圧縮する理由",
    "learned.score_intro": "小さなニューラルネットワーク（64 個のユニットが 2 層）に、N 個の作品にランダムな大きさ σ のノイズを加えたものを見せ、"
    "元の作品を当てさせます。これが**ノイズ除去**です。いちばん良い推測から、ぼかした作品のスコアがわかります（トウィーディーの公式：きれいな絵の平均 ＝ x + σ² × スコア）"
    "。ですから、ノイズ除去が上手なネットワークはスコアを学んだことになります。ここではステップ 7 の厳密なスコアと並べます。",
    "learned.n": "ネットワークが学ぶ作品の数 N",
    "learned.n_help": "300 までは、コンテストの 300 作品から選びます。それを超える分は、同じ 3 つの流派の新しい"
    "コンテストの作品を足します。",
    "learned.sigma": "矢印のノイズの大きさ σ",
    "learned.sigma_help": "スコアはノイズの大きさごとに違います。σ が大きいとぼかした作品は 1 つの広い山になり、"
    "σ が小さいと流派ごと（あるいは作品ごと）に山ができます。",
    "learned.training": "{n} 個の作品でネットワークを学習しています…",
    "learned.training_loss": "{n} 個の作品でネットワークを学習しています…　学習の損失 {loss:.3f}",
    "learned.arrows_title": "σ = {sigma} での学習したスコア（青）と厳密なスコア（灰色）",
    "learned.arrows_caption": "どちらも厳密なスコアの尺度で描いています（いちばん長い矢印の長さをそろえてあります）。"
    "点は、ネットワークが学んだ作品です。",
    "learned.moved_title": "同じノイズから、それぞれのスコアで動かした点",
    "learned.moved_caption": "{points} 個の点が同じガウスノイズから出発し、ステップ 7 の確率フロー ODE（偶然の入らないなめらかな動きの規則。"
    "同じ出発点からは必ず同じ終点に着きます）をたどります（100 ステップ、σ は 150 → 0.5 → 0）。一度は学習したスコアで、"
    "もう一度は厳密なスコアで動かします。",
    "learned.loss_title": "下がっていく学習の損失",
    "learned.loss_now": "最後の回のあとの学習の損失",
    "learned.loss_help": "ネットワークのノイズ除去の推測（尺度を合わせたもの）の平均二乗誤差です。0 にはなりません。"
    "ノイズ入りの作品は多くの作品から来た可能性があるので、完璧なノイズ除去でも迷いが残るからです。",
    "learned.loss_text": "1 回ごとに、新しいノイズと新しいノイズの大きさで作った {size} 個のノイズ入り作品を見せ、重みを少し直します。全部で {passes} 回です。"
    "損失は最初に速く下がり、その後はどんなノイズ除去でも越えられない底で平らになります。",
    "learned.network_note": "よく知られた画像生成 AI の Stable Diffusion も、約 10 億個の数値をもつネットワークで、2 ピクセルの作品の代わりに画像を使って同じことをしています。",
    "learned.memorise_intro": "数個の作品から学んだネットワークは、その作品「そのもの」をぼかしたスコアを学び、"
    "どの点もそのどれかへ引き寄せます。ステップ 8 の丸暗記モデルのように**丸暗記します**。作品が多いと全部は覚えきれず、"
    "作品の元になったなめらかな分布を学びます。つまり**汎化します**。そして新しい作品を作ります。",
    "learned.to_own": "学習した作品 → 最も近い学習用の作品",
    "learned.fresh": "見たことのない作品 → 最も近い学習用の作品",
    "learned.distance_help": "距離の中央値（階調）です。ネットワークが作った 300 作品と、新しいコンテストの 300 作品で測っています。",
    "learned.copy_reading": "{n} 個の作品では、学習した作品は見たことのない作品よりずっと学習用の作品の近くにあります。"
    "ネットワークは写しています。",
    "learned.new_reading": "{n} 個の作品では、学習した作品と学習用の作品との距離は、見たことのない作品とほぼ同じです。"
    "新しい作品です。",
    "learned.halves_title": "2 つのネットワーク、重ならない 2 つの半分、同じノイズ",
    "learned.halves_computing": "N ごとに 2 つのネットワークを学習しています（サーバーで一度だけ）…",
    "learned.halves_caption": "それぞれの N（{sizes}）で、2 つのネットワークが重ならない N 個ずつの作品から学びます。そのあと、どちらも同じノイズから 200 個の点を ODE（偶然の入らないなめらかな動きの規則。"
    "同じ出発点からは必ず同じ終点に着きます）で 50 ステップ動かします。値は距離の中央値で、単位は階調です。",
    "learned.halves_reading": "半分が小さいと、それぞれのネットワークは自分の作品を写すので、同じノイズからでも違う作品ができます。半分が大きいと、どちらも同じ分布を学び、"
    "ほぼ同じ作品を作ります。これが「汎化する」ということです。",
    "learned.halves.x": "各ネットワークが学ぶ作品の数 N",
    "learned.halves.y": "距離（階調）",
    "learned.halves.to_own": "学習した作品 → 自分の学習用作品のうち最も近いもの",
    "learned.halves.fresh": "見たことのない作品 → 最も近い学習用の作品",
    "learned.halves.between": "同じノイズから 2 つのネットワークが作った作品どうし",
    "learned.compress_intro": "Stable Diffusion はピクセルのまま拡散しません。まずオートエンコーダーが画像をずっと小さな「潜在表現」（512×512 の画像なら 64×64×4 個の数値）"
    "に縮め、拡散はそこで行い、デコーダーが結果をピクセルに戻します。ここでは 8×8 の数字で PCA（絵どうしがいちばん違う少数の方向だけを残す方法）"
    "がオートエンコーダーの役をします。各数字を k 個の数値で表し、その上で成分 10 個のガウス混合分布（釣り鐘形の山をいくつか足し合わせたもの）"
    "を学習します。",
    "learned.k": "数字 1 つに残す数値の数 k（PCA の次元）",
    "learned.k_help": "次元（絵を表す数の個数。64 ピクセルなら 64 次元）：64 ならすべてのピクセルが残ります。少ないと細部は失われますが、"
    "学ぶ数値も少なくて済みます。",
    "learned.compress_computing": "k 次元で学習しています（サーバーで一度だけ）…",
    "learned.real": "学習に使っていない本物の数字",
    "learned.rebuilt": "同じ数字を {k} 個の数値から復元したもの",
    "learned.drawn": "{k} 次元で学習した混合分布から描いた数字",
    "learned.error": "復元の誤差（1 ピクセルあたりの階調）",
    "learned.quality": "描いた数字に対するステップ 8 の審査員の確信度",
    "learned.quality_help": "審査員、つまり本物の数字で学習したロジスティック回帰（ピクセルごとに重みを掛けて、いちばん確率の高い数字を選ぶ簡単な分類器）"
    "が、読み取った数字に与える確率を、描いた 200 枚で平均したものです。本物の数字ではもっと高くなります。",
    "learned.compress_caption": "k = {dims} で計算しています。学習用の数字は 1,500 枚、学習に使わない数字は 297 枚です。",
    "learned.compress_reading": "復元の誤差は k とともに着実に下がり、64 で 0 になります。混合分布が描く数字は 24 個くらいまでは良くなり、そこで止まります。"
    "1,500 枚の絵に対して、k 次元の 10 個の共分散（山がどの向きにどれだけ広がり、どれだけ傾いているか）はそれぞれ k(k+1)/2 個の数値を推定しなければならないからです。"
    "学習に使わない数字の 1 ピクセルあたりの対数尤度（モデルが作品をどれだけありそうと見るかの目盛り。1 増えると約 2.7 倍ありそうで、"
    "1 つの作品の確率は小さいので 0 より小さくなります）は上がり続けますが、その多くは、ほとんどいつも 0 の縁のピクセルがますます確実になる分です。"
    "Stable Diffusion のオートエンコーダーも同じ釣り合いを取っています。うまく学べるほど少なく、細部を戻せるほど多く、"
    "です。",
    "learned.compress.x": "数字 1 つに残す数値の数 k",
    "learned.compress.error": "復元の誤差",
    "learned.compress.quality": "審査員の確信度",
    "learned.compress.likelihood": "1 ピクセルあたりの対数尤度（学習外）",
    "learned.compress.current": "あなたの k",
    "learned.fig.learned": "学習したスコア",
    "learned.fig.exact": "厳密なスコア（ステップ 7 の混合分布）",
    "learned.fig.works": "学習用の作品",
    "learned.fig.hover_work": "作品：(%{x}, %{y})",
    "learned.fig.by_learned": "学習したスコアで作った点",
    "learned.fig.by_exact": "厳密なスコアで作った点",
    "learned.fig.pass": "回",
    "learned.fig.loss": "学習の損失",
    "learned.bad_input": "この設定では表示できません。N は 5〜1,000、σ は 1〜150、k はボタンから選んでください。"
    "操作部品を動かすと続けられます。",
    "alt.learned_arrows": "選んだノイズの大きさでの、学習したスコアの矢印と厳密なスコアの矢印。点は学習用の作品。",
    "alt.learned_moved": "同じノイズから、学習したスコアと厳密なスコアでそれぞれ作った点と、学習用の作品。",
    "alt.learned_loss": "学習の損失が回を追って下がり、やがて平らになる折れ線グラフ。",
    "alt.learned_halves": "作品の数に対する折れ線グラフ。学習した作品から自分の学習用作品までの距離、見たことのない"
    "作品からの距離、同じノイズから 2 つのネットワークが作った作品どうしの距離。",
    "alt.learned_compress": "PCA の次元 k に対する 3 つの折れ線グラフ。復元の誤差、描いた数字に対する審査員の確信度、"
    "学習外の対数尤度。",
    "tasks.learned.few": "10 個以下の作品で学習させ、学習した点が作品に群がるのを見てみましょう。",
    "tasks.learned.memorise": "「丸暗記か汎化か」を開き、2 つのネットワークが一致し始める N を探してみましょう。",
    "tasks.learned.compress": "「まず圧縮する理由」を開き、描いた数字が良くならなくなる k を探してみましょう。",
    # page: prompt
    "nav.prompt": "プロンプト → 絵",
    "home.prompt": "数字を指定すると、ガイダンス（指定した数字の方へ強く押すつまみ）に導かれてノイズから絵が現れます。"
    "そして、それが学習データの丸写しかを確かめます。",
    "prompt.title": "プロンプト → 絵：本物の数字でガイダンス付き拡散",
    "prompt.takeaway": "プロンプトは絵の分布を選びます。拡散はノイズからその分布へと歩み、ガイダンス（プロンプトの方へ強く押すつまみ w）はプロンプトの方へさらに強く押します。"
    "分布を学んだモデルは、学習データの写しではない新しい絵を作ります。",
    "prompt.text_prompt": "ここでのプロンプトは 0〜9 の数字で、モデルは数字ごとに絵の分布 p(絵 | 数字)（p(a) は a の確率、p(a | b) は b のもとでの a の確率）"
    "を学んでいます。文章から絵を作るモデルも同じことを、数字の代わりに文章で行います。文章が、どの絵の分布から引くかを選ぶのです。",
    "prompt.digit": "プロンプト：描く数字",
    "prompt.digit_help": "モデルは 1,500 枚の学習用の絵から、数字ごとにガウス混合分布（釣り鐘形の山をいくつか足し合わせたもの）を一つずつ学びました。",
    "prompt.guidance": "ガイダンス w",
    "prompt.guidance_help": "0 なら学んだ p(絵 | 数字) にそのまま従います。w を大きくすると、プロンプトの方へ、"
    "そしてほかの数字から離れる方へ強く押します。このページは 4 で開きます。0 にすると、ガイダンスなしの絵が見られます。",
    "prompt.steps": "ステップ数",
    "prompt.steps_help": "ノイズの大きさ σ を 300 から 0.5 階調まで等比的に下げ、最後に 0 まで進めます。ステップ 7 の 60 ではなく 300 から始めるのは、"
    "64 ピクセルのノイズがすべての数字を覆う必要があり、数字どうしは 2 ピクセルの作品の 3 つの集まりよりずっと離れているからです。",
    "prompt.method": "サンプラー",
    "prompt.method.ode": "ODE",
    "prompt.method.langevin": "ランジュバン法",
    "prompt.method_help": "ステップ 7 の二つのサンプラーを、64 個の数でできた絵、つまり 64 次元（絵を表す数の個数。64 ピクセルなら 64 次元）"
    "で使います。ランジュバン法（各ノイズの大きさで小さくランダムに揺らし、進み具合を崩さずに点の散らばりを整える方法）は毎ステップ新しいノイズを少し加え、"
    "ODE（偶然の入らないなめらかな動きの規則。同じ出発点からは必ず同じ終点に着きます）は加えません。どちらもガウスノイズから出発します。",
    "prompt.computing": "ノイズを数字に変えています…",
    "prompt.guidance_note_title": "ガイダンス w = {w}：各ステップが計算していること",
    "prompt.guidance_note": "ガイダンス w = {w}：各ステップは (1 + w)·∇log p_σ(x | 数字) − w·∇log p_σ(x) に従います。"
    "言葉で言うと、∇（∇ は「〜の傾き」。値がいちばん速く増える向きの矢印です）、log（「何倍」を「いくつ足す」に直す計算。"
    "とても小さい確率も読みやすい数になります）、p_σ（p_σ は、大きさ σ のノイズでぼかした分布）を組み合わせた ∇log p_σ がスコアで、"
    "各ステップは数字のスコアの 1 + w 倍から、全部の数字のスコアの w 倍を引いた向きに進みます。これが分類器なしガイダンス（別の分類器を使わず、"
    "プロンプトありとなしのモデル自身のスコアを比べる方法）です。スコアはどれも厳密で、各共分散（山がどの向きにどれだけ広がり、"
    "どれだけ傾いているか）に σ²·I（大きさ σ のノイズをどのピクセルにも同じだけ加えること）を足して計算しています。",
    "prompt.section": "表示",
    "prompt.section.strip": "ノイズ → 数字",
    "prompt.section.tradeoff": "ガイダンスの代償",
    "prompt.section.copies": "写し？それとも新作？",
    "prompt.strip_title": "ノイズから {digit} が現れる",
    "prompt.fig.now": "現在",
    "prompt.fig.predicted": "予測",
    "prompt.fig.play": "▶ 再生",
    "prompt.fig.pause": "❚❚ 一時停止",
    "prompt.fig.sigma": "σ = ",
    "prompt.fig.hover": "値 %{z:.0f}",
    "prompt.strip_caption": "{n} 枚の絵の {steps} ステップ（表示は最大 25 段階）。上の段はそのステップでの絵、下の段はそこからモデルが予測する最終的な絵です。"
    "0〜255 の外の値は端に切り詰めて表示しています。ガウスノイズや山のすそ野は黒と白の先まで届くので、w = 0 でもはみ出すピクセルがあります。",
    "prompt.predicted_note": "下の段はモデルの**予測した最終的な絵** x + σ²·スコア です。ノイズを加えるといまの絵 x になりえたきれいな絵の平均です（トウィーディーの公式：きれいな絵の平均 ＝ x + σ² × スコア）"
    "。σ が大きいうちはぼやけた平均的な数字で、ノイズが減るにつれてはっきりしていきます。",
    "prompt.png_title": "1 枚目の絵を選んだステップで（下はその予測）",
    "prompt.png_caption": "左から σ = {levels}（最後のステップで σ = 0 に達します）。",
    "prompt.tradeoff_computing": "各ガイダンスで、すべての数字の絵を生成しています（サーバーごとに一度だけ）…",
    "prompt.tradeoff_intro": "生成器とは別の審査員、つまり本物の学習用の数字で学習したロジスティック回帰（ピクセルごとに重みを掛けて、いちばん確率の高い数字を選ぶ簡単な分類器）"
    "が、生成された数字を一つずつ読みます（審査員は生成された絵を一切見ていません）。w を大きくすると、プロンプトどおりに読まれる割合、"
    "絵の多様さ、0〜255 からはみ出すピクセルの数はどう変わるでしょうか。",
    "prompt.fig.x": "ガイダンス w",
    "prompt.fig.agreement": "審査員の一致",
    "prompt.fig.variety": "多様さ",
    "prompt.fig.outside": "0〜255 の外",
    "prompt.fig.all": "すべてのノイズの大きさでガイダンス",
    "prompt.fig.low": "ノイズが小さいときだけガイダンス",
    "prompt.fig.current": "あなたの w",
    "prompt.fig.real": "本物の数字",
    "prompt.tradeoff_caption": "各点は数字ごとに {n} 枚、ODE サンプラーで {steps} ステップ、どの w でも同じノイズから生成しています。"
    "多様さは、同じ数字の絵 2 枚の平均距離（64 ピクセルにわたる階調の距離）です。「ノイズが小さいときだけ」は σ ≤ {low:.0f} でだけガイダンスをかけます。",
    "prompt.judge_accuracy": "本物の数字での審査員の正解率",
    "prompt.judge_help": "審査員の学習に使わなかった本物の数字 297 枚のうち、正しく読んだ割合です。",
    "prompt.tradeoff_reading": "ここでは数字ごとの分布がほとんど重ならないので、p(絵 | 数字)（p(a) は a の確率、p(a | b) は b のもとでの a の確率）"
    "から引くだけでもうプロンプトに従っており、ガイダンスが直す余地はほとんどありません。効くのは、強いノイズでまだどの数字かわからないあいだだけです。"
    "それでも強くかけると、一部のピクセルの値が黒（0）より暗く、白（255）より明るくなります。ノイズが小さいときだけかけると何も変わりません。"
    "そのころには数字はもう決まっているからです。",
    "prompt.copies_computing": "二つのモデルで生成しています…",
    "prompt.copies_intro": "学習した混合分布の隣に、**丸暗記モデル**を置きます。学習用の絵の一枚一枚にごく小さなガウス分布を置いたもので、たどり着く先は学習用の絵のどれかしかありません。"
    "どちらも同じサンプラー、同じ設定で生成します。結果の隣に、いちばん近い学習用の絵を並べました。距離が {near:.0f} 未満なら、"
    "ほぼ写しとみなします。",
    "prompt.copies.learned": "学習した混合分布",
    "prompt.copies.memo": "丸暗記モデル",
    "prompt.copies_share": "ほぼ写しの割合",
    "prompt.copies_pairs": "各組：生成した絵と、その右にいちばん近い学習用の絵。",
    "prompt.copies_pair": "距離 {d:.0f}・判定 {read}",
    "prompt.copies_judged": "審査員は、この {n} 枚のうち {share:.0%} を {digit} と読みます。",
    "prompt.copies_eye": "この中には、ほかの数字に見える絵があるかもしれません（3 が 7 や 5 に見えるなど）。"
    "8 × 8 ピクセルでは、数個の灰色のマスで形が決まり、残りは目が補ってしまうからです。"
    "見たことのない本物の数字を {accuracy:.0%} 正しく読む審査員の判定を、もう一つの意見として各組の下に示しています。",
    "prompt.copies_median": "いちばん近い学習用の絵までの距離の中央値：{d:.0f}。",
    "prompt.copies_reference": "比較のために：モデルが見たことのない本物の数字は、いちばん近い学習用の数字から中央値で {d:.0f} 離れています。ステップ 5a で描いた数字はもっと遠く、"
    "中央値はおよそ 360 です。あちらは全部の数字を 1 枚 40 個の数で学んだ 1 つの混合分布という別のモデルで、どのピクセルにもノイズが多めに残り、"
    "比べる枚数も違います。",
    "prompt.copies_why": "これは実際の画像生成 AI についてよく問われることです。学習用の絵を再現してしまうモデルは、"
    "誰かの写真や作品をそのまま返してしまい、何を学習したかも明かしてしまうからです。",
    "prompt.bad_input": "この設定では描けません。数字は {digits} のどれか、ガイダンスは 0〜{wmax:g}、ステップ数は"
    "整数にしてください。操作部品を動かすと続けられます。",
    "alt.prompt_strip": "8×8 の絵 8 枚が灰色のノイズから選んだ数字に変わっていくアニメーション。それぞれの下に、"
    "モデルが予測する最終的な絵があります。",
    "alt.prompt_tradeoff": "ガイダンス w に対する 3 つの折れ線グラフ。審査員がプロンプトと一致する割合、絵の多様さ、"
    "0〜255 の外にあるピクセルの割合で、選んだ w に印があります。",
    "tasks.prompt.strong": "ガイダンスを 8 以上にして、ピクセルを見てみましょう。",
    "tasks.prompt.tradeoff": "「ガイダンスの代償」を開いて、曲線の上であなたの w を探してみましょう。",
    "tasks.prompt.copies": "「写し？それとも新作？」を開いてみましょう。写しているのはどちらのモデルでしょうか。",
    "prompt.tradeoff_flat": "そのため、これらの曲線はほとんど平らです。プロンプトの分布がほかとほとんど重ならなければ、"
    "ガイダンスには引き換えるものがありません。クラスが重なる場合は「ガイダンスが効くところ」で見られます。",
    "prompt.section.schools": "ガイダンスが効くところ",
    "prompt.section.noise": "同じノイズ、10 個のプロンプト",
    "prompt.noise_intro": "1 つのスタートのノイズに、10 個の数字をそれぞれプロンプトとして与え、確率フロー ODE で"
    "絵にします（上のサンプラーの設定にかかわらず ODE を使います。ODE は途中でノイズを足さないので、結果はスタートの"
    "ノイズとプロンプトだけで決まります）。各行を横に見てください。プロンプトが変えるのは数字で、書き方はノイズが"
    "保っています。ステップ 6a の書きぐせ z と同じです。",
    "prompt.noise_caption": "各行：1 つのスタートのノイズから作った 0〜9（下で測ったノイズのうち {rows} 個）。"
    "{steps} ステップ、w = {w:g}。",
    "prompt.noise.ink": "共通のノイズが運ぶインク",
    "prompt.noise.slant": "共通のノイズが運ぶ傾き",
    "prompt.noise_help": "すべてのスタートのノイズと、そこから作った数字の組すべてについて、2 枚の絵がそれぞれの"
    "数字の平均からどれだけずれているかの相関です。",
    "prompt.noise_shuffled": "ノイズを入れ替えると：{r}",
    "prompt.noise_reading": "{n} 個のスタートのノイズを、それぞれ 10 個のプロンプトすべてに通して測りました。"
    "同じノイズから作った 2 つの数字は、インクの量も傾きも似ています。別々のノイズから作ると、何も共有しません。"
    "書き方を運ぶのはノイズで、数字を決めるのはプロンプトです。",
    "prompt.schools_intro": "ここでのプロンプトは 2 ピクセルのコンテストの流派です。ステップ 5 の成分 {k} 個の混合分布で、成分 1 つが 1 つのクラス p(x | 流派)（p(a) は a の確率、"
    "p(a | b) は b のもとでの a の確率）、混合分布全体が p(x) です。数字と違って、これらのクラスは重なり合います（成分 3 個ではほとんど重ならず、"
    "曲線は数字と同じように平らになります）。上の w で、同じガイダンス (1 + w)·∇log p_σ(x | 流派) − w·∇log p_σ(x) を厳密にかけます。",
    "prompt.school": "流派（成分）",
    "prompt.school_help": "指定するクラス、つまり混合分布の成分の 1 つです（その輪郭を太く描いています）。",
    "prompt.schools_caption": "w = {w:g} で、同じノイズからこの流派に向けて作った {n} 個の作品（ODE、100 ステップ）。"
    "点はコンテストの作品、輪郭はすべての流派です。",
    "prompt.schools.agreement": "一致度 p(流派 | x)",
    "prompt.schools.variety": "多様さ（階調）",
    "prompt.schools.current": "あなたの w",
    "prompt.schools.works": "コンテストの作品",
    "prompt.schools.hover_work": "作品：(%{x}, %{y})",
    "prompt.schools.guided": "ガイダンスで作った作品",
    "prompt.schools.school": "流派",
    "prompt.schools_agree_help": "混合分布のもとでベイズの定理から求めた厳密な事後確率 p(流派 | x) を、作った作品で"
    "平均したものです。各作品が、指定した流派にどれだけ確かに属するかを表します。",
    "prompt.schools_reading": "w を大きくすると、作品はほかの流派がありそうな所から押し出され、互いに寄り集まります。"
    "一致度は 100 % へ上がり、多様さは下がります。本物の生成 AI のガイダンスの強さが引き換えているのは、これです。",
    "alt.prompt_schools": "2 ピクセルの平面。コンテストの作品、すべての流派の輪郭、選んだ流派に向けて作った作品。",
    "alt.prompt_schools_curves": "ガイダンス w に対する 2 つの折れ線グラフ。流派との一致度と多様さ。",
    # glossary: every term explained where it appears
    "glossary.title": "用語集",
    "glossary.intro": "このアプリに出てくる言葉を、やさしく説明します。各ページでも、タイトルの下にそのページで使う言葉をまとめてあります。",
    "glossary.on_this_page": "このページの用語",
    "glossary.more": "用語集",
    "glossary.style_scene.name": "ピクセル 1 は「画風」、ピクセル 2 は「風景」",
    "glossary.style_scene.short": "2 ピクセルの絵を絵画らしく考えるための呼び名にすぎません。ピクセル 1 を画家の画風、"
    "ピクセル 2 を描かれた風景に見立てます。ピクセル 1 を残してピクセル 2 を引き直すことが、"
    "「同じ画風で新しい風景を描く」（ステップ 6）にあたります。",
    "glossary.gaussian.name": "ガウス分布",
    "glossary.gaussian.short": "釣り鐘形の確率の山（正規分布）。中心がいちばん高く、離れるにつれてなめらかに低くなります。"
    "2 ピクセルの平面では、等高線が楕円になります。",
    "glossary.component.name": "成分",
    "glossary.component.short": "混合分布を形づくるガウス分布の山の 1 つ。それぞれが中心・楕円・作品に占める割合をもちます。"
    "1 つの成分が、似た作品を描く画家の「流派」1 つにあたります。",
    "glossary.covariance.name": "共分散とその形（full・tied・diag・spherical）",
    "glossary.covariance.short": "成分の共分散は、その山がどの向きにどれだけ広がり、どれだけ傾いているかを表します"
    "（傾いた山は、2 つのピクセルがそろって明るくなったり暗くなったりしやすいことを表します）。そのため等高線は楕円になります。"
    "形は、各成分の楕円にどんな形を許すかです。full は自由に傾いた楕円、tied は全成分で共通の楕円、"
    "diag は軸に沿った楕円、spherical は円。制約が強いほど、学習する数値は少なくなります。",
    "glossary.log_likelihood.name": "平均対数尤度",
    "glossary.log_likelihood.short": "モデルが作品をどれだけ「ありそう」と見るかの目安です。各作品の確率の対数（単位はナット）を平均したもので、大きいほど良い値です。"
    "1 つの作品の確率は小さな割合で、1 より小さい数の対数は負になるので、値は 0 より小さくなります。差が d なら確率は eᵈ 倍なので、"
    "+1.49 は e¹·⁴⁹ ≈ 4.4 倍にあたります。",
    "glossary.pca.name": "PCA（主成分分析）",
    "glossary.pca.short": "絵の 64 個の数値を、絵どうしの違いがいちばん大きく表れる少数の方向にまとめる方法。"
    "モデルが学ぶ数値が減り、そこで見つけた点は 64 ピクセルに戻せます。",
    "glossary.bic.name": "BIC（ベイズ情報量規準）",
    "glossary.bic.short": "モデルを選ぶための点数。当てはまりの悪さ（−2 × 対数尤度。対数尤度は、モデルが作品をどれだけ"
    "ありそうと見るかをステップ 5 で測る値）に、学習する数値 1 つごとの"
    "ペナルティを足したもので、小さいほど良い値です。成分を増やすなら、それに見合う改善が必要になります。",
    "glossary.bits_per_pixel.name": "ビット／ピクセル",
    "glossary.bits_per_pixel.short": "モデルの助けを借りて 1 ピクセルを言い当てるのに、はい・いいえの質問が平均いくつ要るか。"
    "−log₂ p(絵) ÷ 64 で求めます。log₂ は半分にする回数を数える対数です（1/2 の log₂ は −1、1/256 なら −8）。でたらめなピクセルなら 8 です。1 ビット減るごとに、必要な質問が 1 つ減り、言い当てる確率は 2 倍になります。そのため、"
    "64 ピクセルそれぞれで 1.08 ビット少なければ、確率は 2 の 64 × 1.08 乗、およそ 10²¹ 倍になります。",
    "glossary.sigma.name": "σ（シグマ）：ノイズの大きさ",
    "glossary.sigma.short": "加えたノイズでピクセルの値がふつう何階調ずれるか。拡散では大きな σ から始めて、一歩ずつ小さくします。",
    "glossary.score.name": "スコア",
    "glossary.score.short": "各点で、（ぼかした）分布がいちばん速く濃くなる向きを指す矢印。log p の傾きです。"
    "この矢印に沿って進むと、ノイズの入った点が、ありそうな作品のほうへ近づいていきます。",
    "glossary.langevin.name": "ランジュバン法（予測子・修正子法）",
    "glossary.langevin.short": "サンプラーの一つ。各ノイズの大きさ σ で、スコアの向きに少し進み新しいノイズを少し加え"
    "（ランジュバン法による補正）、逆拡散の式に従って一段小さい σ へ進みます。一段下がる部分を予測子、"
    "揺らす部分を修正子と呼ぶので、この別名があります。σ を下げながら繰り返すと、学習した分布そのものにたどり着きます。",
    "glossary.ode.name": "ODE（常微分方程式）",
    "glossary.ode.short": "点が各瞬間にどう動くかを決める規則。確率フロー ODE はノイズを加えずになめらかな道をたどるので、"
    "同じ出発点からは必ず同じ作品に着きます。",
    "glossary.geometric.name": "等比的なスケジュール",
    "glossary.geometric.short": "ノイズの大きさを、毎ステップ同じ量ではなく同じ比率で小さくすること（60、30、15、…のように）。"
    "小さな σ にも大きな σ と同じだけのステップが割り当てられます。",
    "glossary.guidance.name": "ガイダンス（classifier-free guidance）",
    "glossary.guidance.short": "生成をプロンプトの方へ強く押すつまみ w。矢印を「(1 + w) × プロンプトのスコア − w × "
    "すべての絵のスコア」に変えます。w = 0 なら学んだ p(絵 | プロンプト) のまま、w を大きくすると、"
    "多様さと引き換えに、プロンプトにはっきり合う絵になります。",
    "glossary.neural_network.name": "ニューラルネットワーク",
    "glossary.neural_network.short": "単純なユニットを層に並べた関数。例を見せながら中の数値（重み）を直していき、"
    "望む答えを返すようにします。ここでは、ノイズ入りの作品と σ から元の作品を推測します。",
    "glossary.training_loss.name": "学習の損失",
    "glossary.training_loss.short": "見せた例に対するネットワークの推測の外れ具合の平均。学習で少しずつ下げていきます。",
    "glossary.denoising.name": "ノイズ除去",
    "glossary.denoising.short": "ノイズ入りの絵から元の絵を推測すること。これを学習したネットワークはスコアを学んでいます。"
    "スコア ＝（推測 − ノイズ入りの絵）÷ σ² です。",
    "glossary.memorise.name": "丸暗記と汎化",
    "glossary.memorise.short": "丸暗記したモデルは学習用の絵をそのまま返します。汎化したモデルは絵の元になった分布を学んでおり、"
    "新しい絵を作ります。",
    "glossary.handwriting_style.name": "書きぐせ z と書きぐせの空間",
    "glossary.handwriting_style.short": "数字の書き方（傾き・太さ・幅）を、どの数字かに関係なく表す少数の数値 z。"
    "z の 1 つ 1 つが書きぐせの空間の 1 点です。同じ z で別の数字を書くと、同じ人の字になります。",
    "glossary.latent.name": "潜在表現",
    "glossary.latent.short": "生成 AI が学習する前に、絵を縮めて表した少数の数値。デコーダーがピクセルに戻します。",
    "glossary.seed.name": "シード",
    "glossary.seed.short": "乱数を引き始める番号です。同じシードからは必ず同じ絵が出るので、教室の全員で同じ絵を見られます。"
    "シードを変えると別の絵になります。",
    "glossary.uniform.name": "一様（な乱数）",
    "glossary.uniform.short": "どの値も同じ確率で出ることです。一様にでたらめなピクセルは、0 から 255 のどの値も 256 分の 1 の確率でとります。",
    "glossary.probability.name": "p( ) と縦線「|」",
    "glossary.probability.short": "p(a) は a の確率です。縦線は「〜のもとで」と読みます。p(風景 | 画風) は、"
    "画風がわかっているときにある風景になる確率です。",
    "glossary.density.name": "確率密度（密度）",
    "glossary.density.short": "平面の各場所に作品がどれだけ集まっていると見込むかを表す値です。地図の人口密度のようなもので、"
    "高い場所ほど新しい作品がよく引かれます。",
    "glossary.e_notation.name": "e を使った数の書き方（1.8e−4）",
    "glossary.e_notation.short": "とても小さい数や大きい数の短い書き方です。1.8e−4 は 1.8 × 10⁻⁴ = 0.00018、2e+3 は 2,000 を表します。",
    "glossary.mixture.name": "混合分布（ガウス混合）",
    "glossary.mixture.short": "釣り鐘形の山をいくつか足し合わせた分布です。山にはそれぞれ全体に占める割合があり、"
    "数か所に集まる作品を少数の山で表せます。",
    "glossary.real_numbers.name": "実数",
    "glossary.real_numbers.short": "127.38 のように小数点以下をもてる数です。整数だけではありません。",
    "glossary.log.name": "対数（log）、log p",
    "glossary.log.short": "対数は、ある数が何回掛け合わされたかを数える道具で、「何倍」を「いくつ足す」に直します。"
    "log p は確率 p の対数で、0.00001 のような小さな確率を −11.5 のような読みやすい数にし、確率の掛け算を足し算にします。",
    "glossary.nats.name": "ナット",
    "glossary.nats.short": "自然対数（e ≈ 2.718 をもとにした対数）の単位です。1 ナットの差は、確率が約 2.7 倍違うことを表します。",
    "glossary.e_power.name": "e と eᵈ",
    "glossary.e_power.short": "e ≈ 2.718 は自然対数のもとになる数で、eᵈ は e の d 乗です。d が整数なら e を d 回掛けた数"
    "（e² = e × e ≈ 7.4）で、d が小数なら、同じなめらかに増える曲線の上でその間にある値です（e¹ ≈ 2.7、e¹·⁴⁹ ≈ 4.4、"
    "e² ≈ 7.4）。対数尤度が d 高ければ、確率は eᵈ 倍です。",
    "glossary.conditioning.name": "条件付き分布",
    "glossary.conditioning.short": "わかっている部分を固定して、残りがどう散らばるかを考えることです。p(隠れた部分 | 見えている部分) は、"
    "見えているピクセルを固定したとき隠れたピクセルがとりうる値の分布です。成分の重みも計算し直し、"
    "わかっている部分をよく説明する成分ほど大きな割合になります。",
    "glossary.dimension.name": "次元と方向",
    "glossary.dimension.short": "64 ピクセルの絵は 64 個の数で表される点で、これを 64 次元といいます。方向は、それらの数を"
    "まとめて変える変え方（たとえば「線を太くする」）です。PCA は、実際の絵どうしがいちばん違う方向を見つけます。",
    "glossary.kmeans.name": "k-means 法",
    "glossary.kmeans.short": "点をすばやくグループに分ける方法です。k 個の中心を置き、各点を最も近い中心に入れ、"
    "中心をグループの真ん中へ動かす、を繰り返します。",
    "glossary.aic.name": "AIC（赤池情報量規準）",
    "glossary.aic.short": "BIC に似た点数です。当てはまりの悪さ（−2 × 対数尤度）に、学習する数値 1 つにつき 2 を足します。"
    "ペナルティが BIC より小さいので、成分を少し多めに許します。",
    "glossary.parameter.name": "パラメータ",
    "glossary.parameter.short": "モデルが作品から学ぶ数値です。各成分の中心、楕円、割合がパラメータです。",
    "glossary.sigma2_i.name": "σ²·I",
    "glossary.sigma2_i.short": "大きさ σ のノイズを、どのピクセルにも同じだけ、互いに無関係に加えることです。"
    "I（単位行列）は大きさ 1 のそのようなノイズの共分散で、各ピクセルとそれ自身の間は 1、違うピクセルどうしの間は"
    "ノイズが無関係なので 0 です。σ² を掛けると大きさ σ になります。共分散に σ²·I を足すと、どの山もそのノイズの分だけ広がります。",
    "glossary.nabla.name": "∇（ナブラ）、∇log p",
    "glossary.nabla.short": "「〜の傾き」を表す記号です。ある点での ∇log p は、log p がいちばん速く増える向きの矢印で、スコアのことです。",
    "glossary.p_sigma.name": "p_σ",
    "glossary.p_sigma.short": "学習した分布を大きさ σ のノイズでぼかしたものです。σ が大きいと幅の広い山 1 つ、σ = 0 では分布そのものです。",
    "glossary.temperature.name": "温度",
    "glossary.temperature.short": "学習したモデルから描くときのつまみで、各山の広がりに掛ける数です。1 より小さいと新しい作品は"
    "山の中心近くに集まり（無難で典型的）、1 より大きいと広がります（多彩で意外）。",
    "glossary.reverse_diffusion.name": "逆拡散",
    "glossary.reverse_diffusion.short": "順方向の拡散は、絵にノイズを少しずつ加えて、最後はノイズだけにします。逆拡散はその反対に、"
    "ノイズを一歩ずつ取り除きます。そのためには、各ノイズの大きさでのスコアが必要です。",
    "glossary.statistical_tests.name": "統計的検定",
    "glossary.statistical_tests.short": "2 組の点が同じ分布から来たと言えるかを確かめる方法です。ここでは、拡散の到着点を、"
    "混合分布から直接引いた点と比べています。この比較は、コードを変えるたびに自動で走るアプリ自身の点検で行っています。",
    "glossary.classifier_free.name": "分類器なし（classifier-free）",
    "glossary.classifier_free.short": "以前のガイダンスでは、ノイズ入りの絵がどれだけプロンプトらしいかを判定する分類器を別に学習していました。"
    "分類器なしガイダンスはそれを使わず、プロンプトありとなしの、モデル自身の 2 つのスコアを比べます。",
    "glossary.logistic_regression.name": "ロジスティック回帰",
    "glossary.logistic_regression.short": "簡単な分類器です。ピクセルごとに重みを掛けて数字ごとに足し、その合計を確率に直して、"
    "いちばん確率の高い数字を答えにします。",
    "glossary.tweedie.name": "トウィーディーの公式",
    "glossary.tweedie.short": "大きさ σ のノイズで x になりえたきれいな絵の平均は、x + σ² × スコア になります。"
    "スコアから、ノイズの下に隠れた絵も推測できるということです。",
    "gloss.seed": "乱数を引き始める番号。同じシードからは同じ絵が出ます",
    "gloss.uniform": "どの値も同じ確率",
    "gloss.probability": "p(a) は a の確率、p(a | b) は b のもとでの a の確率",
    "gloss.density": "各場所に作品がどれだけ集まると見込むか",
    "gloss.e_notation": "1.8e−4 は 1.8 × 10⁻⁴ のこと",
    "gloss.mixture": "釣り鐘形の山をいくつか足し合わせたもの",
    "gloss.covariance": "山がどの向きにどれだけ広がり、どれだけ傾いているか",
    "gloss.real_numbers": "127.38 のように小数点以下をもつ数",
    "gloss.log_likelihood": "モデルが作品をどれだけありそうと見るかの目盛り",
    "gloss.log": "「何倍」を「いくつ足す」に直す計算。とても小さい確率も読みやすい数になります",
    "gloss.nats": "その目盛りの単位",
    "gloss.e_power": "eᵈ は e ≈ 2.718 の d 乗。d = 2 なら e × e で、小数の d ならその間の値",
    "gloss.conditioning": "わかっている部分を固定して、残りを考えること",
    "gloss.dimension": "絵を表す数の個数。64 ピクセルなら 64 次元",
    "gloss.pca": "絵どうしがいちばん違う少数の方向だけを残す方法",
    "gloss.bits_per_pixel": "1 ピクセルを言い当てるのに要る、はい・いいえの質問の平均の数。でたらめなピクセルなら 8",
    "gloss.kmeans": "各作品を k 個の中心のうち最も近いものに入れ、中心をグループの真ん中へ動かす、すばやい分け方",
    "gloss.aic": "BIC に似た点数で、学習する数値 1 つあたりのペナルティが小さいもの",
    "gloss.parameter": "中心や割合など、モデルが学ぶ数値",
    "gloss.sigma2_i": "大きさ σ のノイズをどのピクセルにも同じだけ加えること",
    "gloss.nabla": "∇ は「〜の傾き」。値がいちばん速く増える向きの矢印です",
    "gloss.p_sigma": "p_σ は、大きさ σ のノイズでぼかした分布",
    "gloss.langevin": "各ノイズの大きさで小さくランダムに揺らし、進み具合を崩さずに点の散らばりを整える方法",
    "gloss.reverse_diffusion": "順方向の拡散はノイズを少しずつ加え、逆拡散はそれを一歩ずつ取り除きます",
    "gloss.ode": "偶然の入らないなめらかな動きの規則。同じ出発点からは必ず同じ終点に着きます",
    "gloss.statistical_tests": "2 組の点が同じ分布から来たと言えるかを確かめる方法",
    "gloss.guidance": "プロンプトの方へ強く押すつまみ w",
    "gloss.classifier_free": "別の分類器を使わず、プロンプトありとなしのモデル自身のスコアを比べる方法",
    "gloss.logistic_regression": "ピクセルごとに重みを掛けて、いちばん確率の高い数字を選ぶ簡単な分類器",
    "gloss.tweedie": "トウィーディーの公式：きれいな絵の平均 ＝ x + σ² × スコア",
    "gloss.neural_network": "調整できる小さな足し算をたくさん組み合わせ、例を見せて合わせていく関数",
    "curious.title": "もっと知りたい方へ",
    "curious.classroom": "ルームは、データベース（記録を整理してしまっておく仕組み）に、SQLAlchemy（データベースを扱うための Python のライブラリ）"
    "を通して保存しています。アプリを 1 台で動かすときは SQLite（データベース全体を 1 つのファイルに収めるもの）に、"
    "アプリを複数台で動かして 1 クラスを担当するときは PostgreSQL（複数のコンピュータで共有できるデータベースのプログラム）に保存します。"
    "QR コードはこのサーバーの上で、QR コードを作る小さなライブラリ segno が描くので、外部からは何も取得しません。ボードは 2 秒ごとに新しい作品をデータベースに問い合わせ、"
    "自分の部分だけを描き直します。",
    "curious.handwriting": "書きぐせのモデルは、Tipping と Bishop（1999 年）の確率的 PCA です。パッドはこのアプリの中で "
    "Streamlit 自身のコンポーネント API を使って書いた小さな部品で、描いた線 1 本ごとに 1 回だけ絵を送ります。"
    "描いた字は scikit-learn の数字と同じやり方で 8×8 にします。32×32 の枠いっぱいに拡大して中央に置き、"
    "4×4 のブロックごとにインクを数えます。",
    "curious.pixels": "2 枚の写真は、機械学習のための無料の Python ライブラリ scikit-learn に付属しているものです。"
    "あなたの画像はこのサーバーのメモリの中で Pillow を使って読み込み、ディスクには書き込みません。"
    "取り除けば忘れます。",
    "curious.count": "この数は正確です。Python の整数には大きさの上限がありません。何百万桁もある数の桁数と先頭の数字は、数を書き出さずに、"
    "10 を何回掛けるとその数になるか（小数まで含めた回数）から求めています。この回数は、真の値より確実に小さい値と確実に大きい値の 2 つの限界として計算し、"
    "2 つが同じ桁を示すまで精度を上げていくので、求めた桁は確実です。",
    "curious.learn": "モデルは scikit-learn の GaussianMixture クラスで、EM 法（期待値最大化法）によって学習しています。"
    "各作品を、それぞれの山がその作品をどれだけ生み出しそうかに応じて山に割り振り、次に各山を割り振られた作品の方へ動かす、"
    "これを何度も繰り返す方法です。ステップ 5b で 1 回ずつ見られます。",
    "curious.digits": "1,797 枚の数字は scikit-learn に付属するもの（load_digits）で、手書きを 8×8 ピクセル、"
    "17 段階の濃さで読み取ったものです。学習用とテスト用の分け方は固定なので、誰が見ても同じです。",
    "curious.training": "EM は scikit-learn と同じ手順を 1 ステップずつ書き出したものです。scikit-learn 自身は、「初期値」の最初の選択肢である k-means"
    "（各作品を k 個の中心のうち最も近いものに入れ、中心をグループの真ん中へ動かす、すばやい分け方）から EM を始めます。"
    "このページでは、学習の様子がよく見えるように、既定を「ランダムな割り当て」にしています。"
    "アニメーションはブラウザの中で再生され、アプリが計算したのは一度だけです。",
    "curious.diffusion": "逆拡散ステップ付きのランジュバン法は Song ほか（2021）の予測子・修正子法です。ODE のサンプラーは Karras ほか（2022）"
    "と同じくホイン法で進みます。DDIM のような決定的なサンプラーも同じ考え方です。アニメーションはブラウザの中で再生されます。"
    "Stable Diffusion は、同じ考え方で作られた広く使われている画像生成 AI です。",
    "curious.learned": "ネットワークは scikit-learn の MLPRegressor で、Adam という方法で学習しています。入力と目標は Karras ほか（2022）"
    "にならって尺度をそろえ、どの σ でも大きさ 1 程度の数値が入るようにしています。2 つに分けたデータで比べる実験は Kadkhodaie ほか（ICLR 2024）"
    "、縮めてから拡散する方法は Rombach ほか（2022）の潜在拡散です。",
    "curious.prompt": "分類器なしガイダンス：Ho & Salimans（2022）。ノイズが小さいときだけのガイダンス：Kynkäänniemi ほか（2024）"
    "。予測した最終的な絵は、Stable Diffusion を説明するウェブページ Diffusion Explainer が各ステップの下に見せているものと同じです。"
    "アニメーションはブラウザの中で再生されます。",
}
