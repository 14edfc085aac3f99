import type { Message } from '../../domain/message';
import type { ImproperQuestion, QuestionAnalysis } from '../report';
import { type ImproperMatter, MATTER_INFO, MHLW_URL } from './matters';

interface Rule {
  matter: ImproperMatter;
  /** What the question asks about. */
  pattern: RegExp;
  /** Wordings that mention the same words without asking about the matter. */
  unless?: RegExp;
}

/** A relative, a spouse included (配偶者の職業 is asked about the family too). */
const RELATIVE =
  '(ご?家族|ご?両親|親御さん|お?父(様|さん|親)|お?母(様|さん|親)|ご?兄弟|ご?姉妹|お?兄(様|さん)|お?姉(様|さん)|ご?実家|親は|親の|親が|奥(様|さん)|ご主人|旦那|配偶者)';

/** Asking where: どこ, どちら, どのあたり, どの辺. */
const WHERE = '(どこ|どちら|どのあたり|どの辺|どのへん|何県|どの県)';

/**
 * What each matter looks like in a question. Rules look for the topic being asked about, not for a single
 * word: 尊敬する人物は is asked about, while 尊敬する先輩とのエピソード asks for an episode of teamwork.
 */
const RULES: Rule[] = [
  {
    matter: 'birthplace',
    // Where someone comes from, however it is put: ご出身は, どちらのご出身, 生まれも育ちも, and where the family
    // home is (ご実家も…のどのあたり), which asks the same.
    pattern: new RegExp(
      `本籍|出生地|出身地|お生まれ|生まれ(は|た(場所|所|の)|も育ち|と育ち)|${WHERE}の(ご)?出身(?!でも|であって)|(ご)?(出身|実家|地元)((は|って|も|が)[^。？?]{0,10}|\\s+)${WHERE}`,
    ),
    unless: /出身(大学|学部|校|高校)|(どちら|どこ)の(大学|学部|高校)/,
  },
  {
    matter: 'housing',
    // 「今はご実家から通われてるんですか」: where one lives, asked through the commute.
    pattern:
      /持ち家|賃貸|間取り|一戸建て|住宅の(種類|状況)|家の近く|自宅(は|の)(広|近く|種類)|部屋数|(ご)?実家から(通|通勤|通学)/,
  },
  {
    matter: 'family',
    pattern: new RegExp(
      // 「兄弟のように仲のいいチーム」 is a likeness, not a relative.
      `${RELATIVE}(?!のよう|みたい).{0,12}(仕事|職業|お勤め|勤め|勤務|働|会社|収入|年収|給料|学歴|大学|病気|病歴|健康|資産|財産|役職|地位|何人|構成|何を?(して|され|しよ|しと)|共働き)`,
    ),
  },
  {
    matter: 'family',
    pattern:
      /お子さん(は|が)(いらっしゃ|おられ|い(ます|る))|子ども(は|が)(いらっしゃ|おられ|い(ます|る))|ご?家族(構成|は何人)|何人家族/,
  },
  {
    // Where the family lives (「ご両親は今もそちらにいらっしゃるの」「ご家族はどちらに」): the home, asked through them.
    matter: 'family',
    pattern: new RegExp(
      `${RELATIVE}(は|って|も|とは)[^。？?]{0,12}(住んで|住まい|暮らして|いらっしゃ|おられ|どちらに|どこに)`,
    ),
  },
  {
    // Whether one has siblings, and how one's parents are (続柄, 健康): 「ご兄弟は」「ご両親はお元気」.
    matter: 'family',
    pattern:
      /(ご?兄弟|ご?姉妹|きょうだい)(は|って|とか)?\s*(いらっしゃ|おられ|おりゃ|おる|い(ます|る)|何人|何名)|(ご?両親|親御さん|お?父(様|さん)|お?母(様|さん))(は|って)?(お?元気|ご健在|健在)/,
  },
  {
    matter: 'environment',
    // Who one lives with is the home's make-up (生活環境): 「一人暮らしですか」「誰と住んでるの」.
    pattern:
      /生い立ち|家庭環境|家庭の(雰囲気|事情|状況)|育った(家庭|環境)|生活環境|(一人暮らし|実家暮らし)(ですか|でしょうか|なの|なん(ですか|だ)|され|して(る|いる|います)|？|\?|[。]?$)|(誰|どなた)と(一緒に)?(住|暮ら)/,
  },
  {
    matter: 'religion',
    pattern:
      /宗教|信仰|宗派|信者|クリスチャン|キリスト教徒|仏教徒|ムスリム|イスラム教徒|(お寺|教会|神社)に(通|行)|神(様)?(を|って|は|とか)?信じ/,
  },
  {
    matter: 'politics',
    pattern:
      /支持(する|している)?政党|政党|選挙(で|に|は).{0,10}(誰|どこ|どの|何)|投票(で|に|は)[^。]{0,10}(誰|どこ|どの)(に|を)?(入れ|投票|選)|投票先|選挙(に|には|は|って)(行|投票)|(好きな|応援して(る|いる))政治家/,
  },
  { matter: 'beliefs', pattern: /人生観|生活信条|座右の銘|信条(は|として|を)|人生の(目的|意味)/ },
  {
    matter: 'respected_person',
    pattern: /尊敬(する|している|できる)(人|人物|方|偉人|有名人)(は|って|を|が|について|とか|はい|誰|どなた)?/,
    unless: /尊敬(する|している|できる)(人|方).{0,6}(から学|との|と一緒|のもとで|に教わ)|エピソード/,
  },
  {
    matter: 'thought',
    pattern:
      /思想|(憲法|天皇|自衛隊|原発|原子力|死刑|安保|移民)(制度|問題|改正)?(について|を|に|は).{0,12}(どう|考え|賛成|反対|意見)/,
  },
  {
    matter: 'union',
    pattern: /労働組合|組合(活動|運動)|学生運動|社会運動|市民運動|デモ(に|へ|とか|など)?.{0,3}(参加|行っ)/,
  },
  {
    matter: 'reading',
    pattern:
      /購読|愛読|(どんな|どの|どこの|何の|普段|よく|何)(新聞|雑誌)|(新聞|雑誌)(は|を)(何|どこ|どれ|どちら|どの|読|取|購読)|好きな(本|作家)|(どんな|どういう|何の)本を(読|よく)|(最近|今まで|これまで|学生時代)(に)?読(んだ|んで)[^。]{0,10}本|本(で|の中で)[^。]{0,4}(印象に残|面白か|おもしろか)/,
    unless: /技術書|専門書|業務で|仕事で読/,
  },
  {
    matter: 'marriage_childbirth',
    unless: /結婚式|婚活|ブライダル|ウェディング/,
    pattern:
      /結婚|出産|妊娠|(産休|育休)(を|は|とか)?.{0,4}(取|考え|予定|つもり)|子ども(を|は|が)(つく|作|産|ほし|欲し)|子供(を|は|が)(つく|作|産|ほし|欲し)|お子さん(の予定|を)|彼氏|彼女はいる|恋人|交際|(お付き合い|付き合って)(して|されて)?(いる|る|いらっしゃる)?(方|人|相手)(は|って|とか|が)?[、\s]*(いる|います|いらっしゃ|おられ)/,
  },
];

/** The matter a question touches, or null. The question is read whole: rules need what is asked about. */
export function improperMatterOf(text: string): { matter: ImproperMatter; evidence: string } | null {
  for (const rule of RULES) {
    const match = rule.pattern.exec(text);
    if (match && !rule.unless?.test(text)) return { matter: rule.matter, evidence: match[0] };
  }
  return null;
}

const EVIDENCE: Message = {
  ja: '答えなかった・答えにくかったとしても、あなたに落ち度はありません。気になる場合は、この録音をイベントの「証拠用に書き出す」で改変のない形で保存し、大学のキャリアセンターやハローワーク（労働局）に相談できます。',
  en: 'Whatever you answered, you did nothing wrong. If it bothers you, keep this recording unaltered with the event\'s "Export as evidence" and talk to your career centre or Hello Work (the labour bureau).',
};

/**
 * Questions of the company side that touch a matter of fair selection, each with its moment and a plain
 * explanation — never an accusation: interviewers often ask such things out of habit or as small talk.
 */
export function findImproperQuestions(questions: readonly QuestionAnalysis[]): ImproperQuestion[] {
  return questions.flatMap((question) => {
    const found = improperMatterOf(question.question.text);
    if (!found) return [];
    const info = MATTER_INFO[found.matter];
    const explanation: Message = {
      ja: `「${info.label.ja}」にかかわる質問です。${info.source.ja}では、${info.why.ja}面接官に悪意があるとは限りませんが、答える義務はありません。`,
      en: `This question touches on "${info.label.en}". Under the ${info.source.en}, ${info.why.en} The interviewer may not have meant harm, but you do not have to answer.`,
    };
    return [
      {
        questionId: question.id,
        segmentId: question.question.segmentIds[question.question.segmentIds.length - 1] ?? '',
        atMs: question.question.startMs,
        text: question.question.text,
        matter: found.matter,
        evidence: found.evidence,
        explanation,
        source: info.source,
        sourceUrl: found.matter === 'marriage_childbirth' ? null : MHLW_URL,
        keepEvidence: EVIDENCE,
      },
    ];
  });
}
