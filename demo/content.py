"""Demo content for the KOMM Hub website, kept as plain Python data.

These texts are data, not templates or fixtures, so that one loader can build
the whole demo site in Polish (the source language), Ukrainian and English.
The loader walks the Polish ("pl") tree of each item and pairs every Polish
string with the Ukrainian ("uk") and English ("en") string in the same
position. This gives wagtail-localize real translations instead of copies of
the source text. For this to work, the "pl", "uk" and "en" trees of an item
must have the same keys, list lengths and block types, and Polish strings must
be unique within one item. Proper names (organisations, funders, partners) are
kept outside the language trees because they are not translated.
"""

# Home page.
HOME = {
    "pl": {
        "title": "KOMM – Koalicja Organizacji Mniejszościowych i Migranckich",
        "intro": [
            (
                "Jesteśmy koalicją organizacji mniejszościowych i migranckich z całej Polski. "
                "Łączymy małe fundacje, stowarzyszenia i grupy nieformalne."
            ),
            (
                "Dzielimy się wiedzą, razem szukamy funduszy i mówimy wspólnym głosem. Sprawdź "
                "nadchodzące wydarzenia, historie członków i aktualne konkursy grantowe."
            ),
        ],
        "search_description": (
            "KOMM – koalicja organizacji mniejszościowych i migranckich w Polsce. Wydarzenia, "
            "historie członków i konkursy grantowe."
        ),
    },
    "uk": {
        "title": "KOMM – Коаліція організацій меншин і мігрантів",
        "intro": [
            (
                "Ми – коаліція організацій меншин і мігрантів з усієї Польщі. Ми об’єднуємо "
                "невеликі фонди, асоціації та неформальні групи."
            ),
            (
                "Ми ділимося знаннями, разом шукаємо фінансування і говоримо спільним голосом. "
                "Перегляньте найближчі події, історії учасників та актуальні грантові конкурси."
            ),
        ],
        "search_description": (
            "KOMM – коаліція організацій меншин і мігрантів у Польщі. Події, історії учасників і "
            "грантові конкурси."
        ),
    },
    "en": {
        "title": "KOMM – Coalition of Minority and Migrant Organisations",
        "intro": [
            (
                "We are a coalition of minority and migrant organisations from all over Poland. We "
                "bring together small foundations, associations and informal groups."
            ),
            (
                "We share knowledge, look for funding together and speak with one voice. See "
                "upcoming events, member stories and open grant calls."
            ),
        ],
        "search_description": (
            "KOMM – a coalition of minority and migrant organisations in Poland. Events, member "
            "stories and grant calls."
        ),
    },
}


# Standard pages: about the coalition, how to join and contact.
STANDARD_PAGES = [
    {
        "key": "about",
        "pl": {
            "title": "O koalicji",
            "slug": "o-koalicji",
            "summary": (
                "KOMM to sieć organizacji, które tworzą osoby z mniejszości i migranci – dla "
                "swoich społeczności i dla całej Polski."
            ),
            "body": [
                ("heading", "Kim jesteśmy"),
                (
                    "paragraph",
                    [
                        (
                            "Koalicja Organizacji Mniejszościowych i Migranckich (KOMM) powstała z "
                            "potrzeby współpracy. Wiele naszych organizacji jest małych. Często "
                            "działają w nich wolontariusze, po godzinach pracy."
                        ),
                        (
                            "Razem jesteśmy silniejsi. Należą do nas organizacje ukraińskie, "
                            "białoruskie, wietnamskie, romskie, czeczeńskie, gruzińskie i wiele "
                            "innych. Łączy nas troska o prawa człowieka i dobre sąsiedztwo."
                        ),
                    ],
                ),
                ("heading", "Co robimy"),
                (
                    "paragraph",
                    [
                        (
                            "Organizujemy spotkania i warsztaty dla członków. Uczymy, jak pisać "
                            "wnioski grantowe, prowadzić księgowość i dbać o bezpieczeństwo "
                            "danych."
                        ),
                        (
                            "Pomagamy znaleźć partnerów do wspólnych projektów. Przekazujemy "
                            "informacje o konkursach grantowych."
                        ),
                        (
                            "Mówimy wspólnym głosem wobec samorządów i instytucji publicznych. "
                            "Zbieramy doświadczenia naszych członków i przekazujemy je decydentom."
                        ),
                    ],
                ),
                ("heading", "Gdzie działamy"),
                (
                    "paragraph",
                    [
                        (
                            "Nasi członkowie działają w wielu województwach: od podlaskiego i "
                            "lubelskiego, przez mazowieckie i małopolskie, po dolnośląskie i "
                            "pomorskie. Spotykamy się online i na żywo, w różnych miastach."
                        ),
                        (
                            "Na stronie przy każdym wydarzeniu, historii i konkursie podajemy "
                            "województwo. Dzięki temu łatwo znajdziesz to, co dzieje się blisko "
                            "Ciebie."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Sami niewiele możemy. Razem możemy napisać dobry wniosek, "
                            "zorganizować pomoc i zostać wysłuchani."
                        ),
                        "attribution": "Członkini koalicji z Krakowa",
                    },
                ),
                ("heading", "Jak dołączyć"),
                (
                    "paragraph",
                    [
                        (
                            "Do koalicji może dołączyć organizacja pozarządowa lub grupa "
                            "nieformalna, która działa z mniejszościami lub migrantami w Polsce. "
                            "Członkostwo jest bezpłatne."
                        ),
                        (
                            "Wystarczy wypełnić krótki formularz i wziąć udział w jednym spotkaniu "
                            "zapoznawczym. Możesz pisać do nas po polsku, ukraińsku lub angielsku."
                        ),
                    ],
                ),
                (
                    "call_to_action",
                    {
                        "title": "Chcesz dołączyć do KOMM?",
                        "text": "Napisz do nas. Odpowiemy w ciągu tygodnia i umówimy rozmowę.",
                        "link_text": "Przejdź do formularza",
                    },
                ),
            ],
        },
        "uk": {
            "title": "Про коаліцію",
            "slug": "pro-koalitsiiu",
            "summary": (
                "KOMM – це мережа організацій, які створюють представники меншин і мігранти – для "
                "своїх громад і для всієї Польщі."
            ),
            "body": [
                ("heading", "Хто ми"),
                (
                    "paragraph",
                    [
                        (
                            "Коаліція організацій меншин і мігрантів (KOMM) виникла з потреби у "
                            "співпраці. Багато наших організацій невеликі. Часто в них працюють "
                            "волонтери, після основної роботи."
                        ),
                        (
                            "Разом ми сильніші. До нас належать українські, білоруські, "
                            "в’єтнамські, ромські, чеченські, грузинські та багато інших "
                            "організацій. Нас об’єднує турбота про права людини і добросусідство."
                        ),
                    ],
                ),
                ("heading", "Що ми робимо"),
                (
                    "paragraph",
                    [
                        (
                            "Ми організовуємо зустрічі та семінари для учасників. Ми вчимо, як "
                            "писати грантові заявки, вести бухгалтерію і дбати про безпеку даних."
                        ),
                        (
                            "Ми допомагаємо знайти партнерів для спільних проєктів. Ми передаємо "
                            "інформацію про грантові конкурси."
                        ),
                        (
                            "Ми говоримо спільним голосом з органами місцевого самоврядування та "
                            "державними установами. Ми збираємо досвід наших учасників і передаємо "
                            "його тим, хто ухвалює рішення."
                        ),
                    ],
                ),
                ("heading", "Де ми діємо"),
                (
                    "paragraph",
                    [
                        (
                            "Наші учасники діють у багатьох воєводствах: від Підляського і "
                            "Люблінського, через Мазовецьке і Малопольське, до Нижньосілезького і "
                            "Поморського. Ми зустрічаємося онлайн і наживо, у різних містах."
                        ),
                        (
                            "На сайті для кожної події, історії та конкурсу ми вказуємо "
                            "воєводство. Так ви легко знайдете те, що відбувається поруч із вами."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Поодинці ми можемо небагато. Разом ми можемо написати хорошу заявку, "
                            "організувати допомогу і бути почутими."
                        ),
                        "attribution": "Учасниця коаліції з Кракова",
                    },
                ),
                ("heading", "Як приєднатися"),
                (
                    "paragraph",
                    [
                        (
                            "До коаліції може приєднатися громадська організація або неформальна "
                            "група, яка працює з меншинами чи мігрантами в Польщі. Членство "
                            "безкоштовне."
                        ),
                        (
                            "Достатньо заповнити коротку форму і взяти участь в одній ознайомчій "
                            "зустрічі. Ви можете писати нам польською, українською або "
                            "англійською."
                        ),
                    ],
                ),
                (
                    "call_to_action",
                    {
                        "title": "Хочете приєднатися до KOMM?",
                        "text": (
                            "Напишіть нам. Ми відповімо протягом тижня і домовимося про розмову."
                        ),
                        "link_text": "Перейти до форми",
                    },
                ),
            ],
        },
        "en": {
            "title": "About the coalition",
            "slug": "about-the-coalition",
            "summary": (
                "KOMM is a network of organisations created by people from minorities and by "
                "migrants – for their communities and for all of Poland."
            ),
            "body": [
                ("heading", "Who we are"),
                (
                    "paragraph",
                    [
                        (
                            "The Coalition of Minority and Migrant Organisations (KOMM) grew out "
                            "of a need to work together. Many of our organisations are small. "
                            "Volunteers often run them after their working hours."
                        ),
                        (
                            "Together we are stronger. Our members include Ukrainian, Belarusian, "
                            "Vietnamese, Roma, Chechen, Georgian and many other organisations. We "
                            "share a concern for human rights and good relations between "
                            "neighbours."
                        ),
                    ],
                ),
                ("heading", "What we do"),
                (
                    "paragraph",
                    [
                        (
                            "We organise meetings and workshops for members. We teach how to write "
                            "grant applications, keep accounts and protect data."
                        ),
                        (
                            "We help members find partners for joint projects. We share "
                            "information about grant calls."
                        ),
                        (
                            "We speak with one voice to local governments and public institutions. "
                            "We collect our members' experiences and pass them on to "
                            "decision-makers."
                        ),
                    ],
                ),
                ("heading", "Where we work"),
                (
                    "paragraph",
                    [
                        (
                            "Our members work in many voivodeships (regions): from Podlaskie and "
                            "Lubelskie, through Mazowieckie and Małopolskie, to Dolnośląskie and "
                            "Pomorskie. We meet online and in person, in different cities."
                        ),
                        (
                            "On this website, every event, story and grant call shows its "
                            "voivodeship. This makes it easy to find what is happening near you."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Alone, we can do little. Together, we can write a good application, "
                            "organise help and be heard."
                        ),
                        "attribution": "A coalition member from Kraków",
                    },
                ),
                ("heading", "How to join"),
                (
                    "paragraph",
                    [
                        (
                            "Any NGO or informal group that works with minorities or migrants in "
                            "Poland can join the coalition. Membership is free."
                        ),
                        (
                            "Just fill in a short form and take part in one introductory meeting. "
                            "You can write to us in Polish, Ukrainian or English."
                        ),
                    ],
                ),
                (
                    "call_to_action",
                    {
                        "title": "Do you want to join KOMM?",
                        "text": "Write to us. We will reply within a week and arrange a call.",
                        "link_text": "Go to the form",
                    },
                ),
            ],
        },
    },
    {
        "key": "join-contact",
        "pl": {
            "title": "Jak dołączyć i kontakt",
            "slug": "dolacz-kontakt",
            "summary": (
                "Dowiedz się, kto może zostać członkiem koalicji, jak wygląda zgłoszenie i jak się "
                "z nami skontaktować."
            ),
            "body": [
                ("heading", "Kto może dołączyć"),
                (
                    "paragraph",
                    [
                        (
                            "Zapraszamy fundacje, stowarzyszenia, grupy nieformalne i inicjatywy "
                            "sąsiedzkie. Ważne, aby działały z mniejszościami narodowymi i "
                            "etnicznymi, migrantami lub uchodźcami."
                        ),
                        (
                            "Nie musisz mieć dużego doświadczenia ani budżetu. Wiele naszych "
                            "organizacji zaczynało od kilku osób i jednej sali w domu kultury."
                        ),
                    ],
                ),
                ("heading", "Krok po kroku"),
                (
                    "paragraph",
                    [
                        "1. Wypełnij formularz zgłoszeniowy. Zajmie to około 15 minut.",
                        (
                            "2. Umówimy krótką rozmowę online. Możesz poprosić o tłumaczenie na "
                            "ukraiński lub angielski."
                        ),
                        (
                            "3. Zaprosimy Cię na najbliższe spotkanie koalicji. Od tego momentu "
                            "będziesz dostawać nasz newsletter i informacje o konkursach."
                        ),
                    ],
                ),
                ("heading", "Kontakt"),
                (
                    "paragraph",
                    [
                        (
                            "Najszybciej odpowiadamy na e-maile. Piszemy po polsku, ukraińsku i "
                            "angielsku."
                        ),
                        (
                            "Dyżur telefoniczny prowadzimy we wtorki i czwartki w godzinach "
                            "10:00–14:00."
                        ),
                    ],
                ),
                (
                    "call_to_action",
                    {
                        "title": "Chcesz dołączyć?",
                        "text": (
                            "Wypełnij formularz zgłoszeniowy. Nie musisz mieć zarejestrowanej "
                            "organizacji: grupy nieformalne i liderzy społeczności też są mile "
                            "widziani."
                        ),
                        "link_text": "Wypełnij formularz zgłoszeniowy",
                    },
                ),
            ],
        },
        "uk": {
            "title": "Як приєднатися і контакти",
            "slug": "yak-pryiednatysia-i-kontakty",
            "summary": (
                "Дізнайтеся, хто може стати учасником коаліції, як подати заявку і як з нами "
                "зв’язатися."
            ),
            "body": [
                ("heading", "Хто може приєднатися"),
                (
                    "paragraph",
                    [
                        (
                            "Ми запрошуємо фонди, асоціації, неформальні групи та сусідські "
                            "ініціативи. Важливо, щоб вони працювали з національними та етнічними "
                            "меншинами, мігрантами або біженцями."
                        ),
                        (
                            "Вам не потрібен великий досвід чи бюджет. Багато наших організацій "
                            "починали з кількох людей і однієї зали в будинку культури."
                        ),
                    ],
                ),
                ("heading", "Крок за кроком"),
                (
                    "paragraph",
                    [
                        "1. Заповніть форму заявки. Це займе близько 15 хвилин.",
                        (
                            "2. Ми домовимося про коротку онлайн-розмову. Ви можете попросити "
                            "переклад українською або англійською."
                        ),
                        (
                            "3. Ми запросимо вас на найближчу зустріч коаліції. Відтоді ви "
                            "отримуватимете нашу розсилку та інформацію про конкурси."
                        ),
                    ],
                ),
                ("heading", "Контакти"),
                (
                    "paragraph",
                    [
                        (
                            "Найшвидше ми відповідаємо на електронні листи. Ми пишемо польською, "
                            "українською та англійською."
                        ),
                        "Телефонне чергування – щовівторка і щочетверга з 10:00 до 14:00.",
                    ],
                ),
                (
                    "call_to_action",
                    {
                        "title": "Хочете приєднатися?",
                        "text": (
                            "Заповніть форму заявки. Зареєстрована організація не потрібна: "
                            "неформальні групи та лідери громад теж можуть приєднатися."
                        ),
                        "link_text": "Заповнити форму заявки",
                    },
                ),
            ],
        },
        "en": {
            "title": "How to join and contact us",
            "slug": "join-and-contact",
            "summary": (
                "Find out who can become a coalition member, how to apply and how to contact us."
            ),
            "body": [
                ("heading", "Who can join"),
                (
                    "paragraph",
                    [
                        (
                            "We welcome foundations, associations, informal groups and "
                            "neighbourhood initiatives. They should work with national and ethnic "
                            "minorities, migrants or refugees."
                        ),
                        (
                            "You do not need a lot of experience or a big budget. Many of our "
                            "organisations started with a few people and one room in a community "
                            "centre."
                        ),
                    ],
                ),
                ("heading", "Step by step"),
                (
                    "paragraph",
                    [
                        "1. Fill in the application form. It takes about 15 minutes.",
                        (
                            "2. We will arrange a short online call. You can ask for "
                            "interpretation into Ukrainian or English."
                        ),
                        (
                            "3. We will invite you to the next coalition meeting. From then on, "
                            "you will receive our newsletter and news about grant calls."
                        ),
                    ],
                ),
                ("heading", "Contact"),
                (
                    "paragraph",
                    [
                        "We reply fastest to e-mails. We write in Polish, Ukrainian and English.",
                        "Our phone line is open on Tuesdays and Thursdays, 10:00–14:00.",
                    ],
                ),
                (
                    "call_to_action",
                    {
                        "title": "Do you want to join?",
                        "text": (
                            "Fill in the application form. You do not need a registered "
                            "organisation: informal groups and community leaders are welcome too."
                        ),
                        "link_text": "Fill in the application form",
                    },
                ),
            ],
        },
    },
]


# Section index pages.
EVENT_INDEX = {
    "pl": {
        "title": "Wydarzenia",
        "slug": "wydarzenia",
        "intro": [
            (
                "Spotkania koalicji, warsztaty i spotkania regionalne. Większość wydarzeń jest "
                "bezpłatna."
            ),
            "Przy każdym wydarzeniu podajemy język spotkania i informację o tłumaczeniu.",
        ],
    },
    "uk": {
        "title": "Події",
        "slug": "podii",
        "intro": [
            "Зустрічі коаліції, семінари та регіональні зустрічі. Більшість подій безкоштовні.",
            "Для кожної події ми вказуємо мову зустрічі та інформацію про переклад.",
        ],
    },
    "en": {
        "title": "Events",
        "slug": "events",
        "intro": [
            "Coalition meetings, workshops and regional meetings. Most events are free.",
            "For each event, we show the meeting language and whether interpretation is available.",
        ],
    },
}

NEWS_INDEX = {
    "pl": {
        "title": "Historie członków",
        "slug": "historie",
        "intro": [
            "Co robią organizacje należące do KOMM? Tutaj dzielimy się ich historiami.",
            "Chcesz opowiedzieć o swojej organizacji? Napisz do nas.",
        ],
    },
    "uk": {
        "title": "Історії учасників",
        "slug": "istorii-uchasnykiv",
        "intro": [
            "Чим займаються організації, що входять до KOMM? Тут ми ділимося їхніми історіями.",
            "Хочете розповісти про свою організацію? Напишіть нам.",
        ],
    },
    "en": {
        "title": "Member stories",
        "slug": "member-stories",
        "intro": [
            "What do KOMM member organisations do? Here we share their stories.",
            "Would you like to tell us about your organisation? Write to us.",
        ],
    },
}

GRANT_INDEX = {
    "pl": {
        "title": "Konkursy grantowe",
        "slug": "granty",
        "intro": [
            (
                "Zbieramy konkursy grantowe, które mogą zainteresować organizacje mniejszościowe i "
                "migranckie."
            ),
            (
                "Zawsze sprawdzaj regulamin na stronie grantodawcy. Jeśli szukasz partnera do "
                "wniosku, napisz do nas."
            ),
        ],
    },
    "uk": {
        "title": "Грантові конкурси",
        "slug": "hrantovi-konkursy",
        "intro": [
            "Ми збираємо грантові конкурси, які можуть зацікавити організації меншин і мігрантів.",
            (
                "Завжди перевіряйте правила конкурсу на сайті грантодавця. Якщо шукаєте партнера "
                "для заявки, напишіть нам."
            ),
        ],
    },
    "en": {
        "title": "Grant calls",
        "slug": "grant-calls",
        "intro": [
            "We collect grant calls that may interest minority and migrant organisations.",
            (
                "Always check the rules on the funder's website. If you are looking for a partner "
                "for your application, write to us."
            ),
        ],
    },
}


# Events. Fixed dates use start/end; others are relative to today.
EVENTS = [
    {
        "key": "sos-ua-iii",
        "start": "2022-04-27 16:00",
        "end": "2022-04-27 18:00",
        "time_zone": "Europe/Warsaw",
        "mode": "online",
        "voivodeship": None,
        "meeting_language": "pl",
        "interpretation_available": True,
        "contact_email": "koalicja@komm.example.org",
        "capacity": 60,
        "join_link": "https://meet.example.org/komm-sos-ua-iii-2022",
        "photo_credit": "Adam Jaremko",
        "pl": {
            "title": (
                "SOS UA: III Spotkanie Koalicji M&M – podsumowanie działań pomocowych i plany "
                "projektowe"
            ),
            "slug": "sos-ua-iii-spotkanie-koalicji",
            "summary": (
                "Trzecie spotkanie Koalicji M&M. Podsumujemy pomoc dla osób uchodźczych z Ukrainy "
                "i porozmawiamy o wspólnych projektach."
            ),
            "venue": "Spotkanie online (Zoom)",
            "address": "Link wysyłamy po potwierdzeniu udziału w formularzu",
            "agenda": [
                {
                    "title": "Podsumowanie działań pomocowych",
                    "description": (
                        "Co koalicja zrobiła dla osób uchodźczych z Ukrainy od lutego 2022 roku."
                    ),
                },
                {
                    "title": "Potrzeby i zasoby organizacji członkowskich",
                    "description": (
                        "Każda organizacja krótko mówi, czego potrzebuje i czym może się podzielić."
                    ),
                },
                {
                    "title": "Plany projektowe i wspólny wniosek",
                    "description": (
                        "Rozmowa o wspólnym wniosku grantowym i partnerstwach w projektach."
                    ),
                },
                {
                    "title": "Kolejne kroki i sprawy członków",
                    "description": (
                        "Ustalamy, co dalej, i omawiamy sprawy zgłoszone przez członków."
                    ),
                },
            ],
            "body": [
                ("heading", "Zarezerwuj termin (save the date)"),
                (
                    "paragraph",
                    [
                        (
                            "Zapraszamy na III Spotkanie Koalicji M&M 27 kwietnia 2022 roku, w "
                            "godzinach 16:00–18:00. Spotkanie odbędzie się online."
                        ),
                        (
                            "To zapowiedź typu „save the date”. Prosimy, zarezerwujcie ten termin "
                            "już teraz."
                        ),
                    ],
                ),
                ("heading", "Jak wziąć udział"),
                (
                    "paragraph",
                    [
                        (
                            "Aby wziąć udział, potwierdź swoją obecność przez formularz. Link do "
                            "spotkania wyślemy tylko osobom, które potwierdzą udział."
                        ),
                        (
                            "Spotkanie prowadzimy po polsku. Jeśli potrzebujesz pomocy językowej, "
                            "napisz o tym w formularzu. Postaramy się zapewnić tłumaczenie."
                        ),
                    ],
                ),
                ("heading", "Finansowanie"),
                (
                    "paragraph",
                    [
                        (
                            "Spotkanie jest finansowane ze środków programu Aktywni Obywatele – "
                            "Fundusz Krajowy, finansowanego z Funduszy EOG."
                        ),
                        "Fundusze EOG pochodzą z Islandii, Liechtensteinu i Norwegii.",
                    ],
                ),
            ],
        },
        "uk": {
            "title": "SOS UA: III зустріч Коаліції M&M – підсумки допомоги та плани проєктів",
            "slug": "sos-ua-iii-zustrich-koalitsii",
            "summary": (
                "Третя зустріч Коаліції M&M. Ми підсумуємо допомогу біженцям з України і "
                "поговоримо про спільні проєкти."
            ),
            "venue": "Онлайн-зустріч (Zoom)",
            "address": "Посилання надсилаємо після підтвердження участі у формі",
            "agenda": [
                {
                    "title": "Підсумки допомоги",
                    "description": "Що коаліція зробила для біженців з України з лютого 2022 року.",
                },
                {
                    "title": "Потреби та ресурси організацій-учасниць",
                    "description": (
                        "Кожна організація коротко розповідає, чого потребує і чим може поділитися."
                    ),
                },
                {
                    "title": "Проєктні плани і спільна заявка",
                    "description": "Розмова про спільну грантову заявку та партнерства в проєктах.",
                },
                {
                    "title": "Наступні кроки і питання учасників",
                    "description": (
                        "Вирішуємо, що робити далі, і обговорюємо питання, які порушили учасники."
                    ),
                },
            ],
            "body": [
                ("heading", "Збережіть дату (save the date)"),
                (
                    "paragraph",
                    [
                        (
                            "Запрошуємо на III зустріч Коаліції M&M 27 квітня 2022 року, з 16:00 "
                            "до 18:00. Зустріч відбудеться онлайн."
                        ),
                        (
                            "Це попереднє оголошення «save the date». Будь ласка, заплануйте цей "
                            "час уже зараз."
                        ),
                    ],
                ),
                ("heading", "Як взяти участь"),
                (
                    "paragraph",
                    [
                        (
                            "Щоб взяти участь, підтвердьте свою присутність через форму. Посилання "
                            "на зустріч ми надішлемо лише тим, хто підтвердить участь."
                        ),
                        (
                            "Зустріч проходитиме польською мовою. Якщо вам потрібна мовна "
                            "допомога, напишіть про це у формі. Ми постараємося забезпечити "
                            "переклад."
                        ),
                    ],
                ),
                ("heading", "Фінансування"),
                (
                    "paragraph",
                    [
                        (
                            "Зустріч фінансується з коштів програми «Активні громадяни – "
                            "Національний фонд» (Aktywni Obywatele – Fundusz Krajowy), яку "
                            "фінансують Фонди ЄЕЗ."
                        ),
                        "Фонди ЄЕЗ надають Ісландія, Ліхтенштейн і Норвегія.",
                    ],
                ),
            ],
        },
        "en": {
            "title": (
                "SOS UA: 3rd Meeting of the M&M Coalition – summary of aid activities and project "
                "plans"
            ),
            "slug": "sos-ua-iii-coalition-meeting",
            "summary": (
                "The third meeting of the M&M Coalition. We will sum up our help for refugees from "
                "Ukraine and talk about joint projects."
            ),
            "venue": "Online meeting (Zoom)",
            "address": "We send the link after you confirm your attendance in the form",
            "agenda": [
                {
                    "title": "Summary of aid activities",
                    "description": (
                        "What the coalition has done for refugees from Ukraine since February 2022."
                    ),
                },
                {
                    "title": "Needs and resources of member organisations",
                    "description": (
                        "Each organisation briefly says what it needs and what it can share."
                    ),
                },
                {
                    "title": "Project plans and the joint application",
                    "description": (
                        "A discussion about a joint grant application and project partnerships."
                    ),
                },
                {
                    "title": "Next steps and members' matters",
                    "description": "We agree on next steps and discuss matters raised by members.",
                },
            ],
            "body": [
                ("heading", "Save the date"),
                (
                    "paragraph",
                    [
                        (
                            "We invite you to the 3rd Meeting of the M&M Coalition on 27 April "
                            "2022, from 16:00 to 18:00. The meeting will take place online."
                        ),
                        (
                            "This is a save-the-date announcement. Please book this time in your "
                            "calendar now."
                        ),
                    ],
                ),
                ("heading", "How to take part"),
                (
                    "paragraph",
                    [
                        (
                            "To take part, please confirm your attendance through the form. We "
                            "will send the meeting link only to people who confirm."
                        ),
                        (
                            "The meeting will be held in Polish. If you need language help, please "
                            "say so in the form. We will do our best to provide interpretation."
                        ),
                    ],
                ),
                ("heading", "Funding"),
                (
                    "paragraph",
                    [
                        (
                            "The meeting is funded by the Active Citizens – National Fund "
                            "programme (Aktywni Obywatele – Fundusz Krajowy), financed from the "
                            "EEA Grants."
                        ),
                        "The EEA Grants come from Iceland, Liechtenstein and Norway.",
                    ],
                ),
            ],
        },
    },
    {
        "key": "grant-writing-workshop",
        "days_from_today": 5,
        "start_time": "17:00",
        "end_time": "19:30",
        "time_zone": "Europe/Warsaw",
        "mode": "online",
        "voivodeship": None,
        "meeting_language": "pl",
        "interpretation_available": True,
        "contact_email": "warsztaty@komm.example.org",
        "capacity": 30,
        "join_link": "https://meet.example.org/komm-warsztat-wnioski",
        "photo_credit": None,
        "pl": {
            "title": "Warsztat online: jak napisać dobry wniosek grantowy",
            "slug": "warsztat-wniosek-grantowy",
            "summary": (
                "Praktyczny warsztat dla małych organizacji, które chcą złożyć swój pierwszy lub "
                "kolejny wniosek."
            ),
            "venue": "Spotkanie online (Zoom)",
            "address": "Link wysyłamy dzień przed warsztatem",
            "agenda": [
                {
                    "title": "Jak czytać regulamin konkursu",
                    "description": (
                        "Pokażemy, na co zwrócić uwagę: kryteria, koszty kwalifikowane i terminy."
                    ),
                },
                {
                    "title": "Cel, działania i rezultaty",
                    "description": "Ćwiczymy opisywanie projektu prostym językiem.",
                },
                {
                    "title": "Budżet bez stresu",
                    "description": "Jak zaplanować koszty i uniknąć typowych błędów.",
                },
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Warsztat poprowadzi trenerka z wieloletnim doświadczeniem w ocenie "
                            "wniosków. Będzie dużo ćwiczeń na przykładach."
                        ),
                        (
                            "Liczba miejsc jest ograniczona do 30 osób. Pierwszeństwo mają "
                            "organizacje członkowskie KOMM."
                        ),
                    ],
                ),
                ("heading", "Tłumaczenie"),
                (
                    "paragraph",
                    [
                        (
                            "Warsztat prowadzimy po polsku. Na prośbę zapewnimy tłumaczenie na "
                            "ukraiński. Zaznacz to w formularzu zgłoszeniowym."
                        ),
                    ],
                ),
            ],
        },
        "uk": {
            "title": "Онлайн-семінар: як написати хорошу грантову заявку",
            "slug": "seminar-hrantova-zaiavka",
            "summary": (
                "Практичний семінар для невеликих організацій, які хочуть подати свою першу або "
                "чергову заявку."
            ),
            "venue": "Онлайн-зустріч (Zoom)",
            "address": "Посилання надсилаємо за день до семінару",
            "agenda": [
                {
                    "title": "Як читати правила конкурсу",
                    "description": (
                        "Покажемо, на що звернути увагу: критерії, допустимі витрати і терміни."
                    ),
                },
                {
                    "title": "Мета, дії та результати",
                    "description": "Вчимося описувати проєкт простою мовою.",
                },
                {
                    "title": "Бюджет без стресу",
                    "description": "Як спланувати витрати й уникнути типових помилок.",
                },
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Семінар проведе тренерка з багаторічним досвідом оцінювання заявок. "
                            "Буде багато вправ на прикладах."
                        ),
                        (
                            "Кількість місць обмежена – 30 осіб. Перевагу мають "
                            "організації-учасниці KOMM."
                        ),
                    ],
                ),
                ("heading", "Переклад"),
                (
                    "paragraph",
                    [
                        (
                            "Семінар проходить польською мовою. На прохання ми забезпечимо "
                            "переклад українською. Позначте це у формі реєстрації."
                        ),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Online workshop: how to write a good grant application",
            "slug": "workshop-grant-application",
            "summary": (
                "A practical workshop for small organisations that want to submit their first or "
                "next application."
            ),
            "venue": "Online meeting (Zoom)",
            "address": "We send the link one day before the workshop",
            "agenda": [
                {
                    "title": "How to read the call rules",
                    "description": (
                        "We will show what to look for: criteria, eligible costs and deadlines."
                    ),
                },
                {
                    "title": "Aim, activities and results",
                    "description": "We practise describing a project in plain language.",
                },
                {
                    "title": "A budget without stress",
                    "description": "How to plan costs and avoid common mistakes.",
                },
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "The workshop will be led by a trainer with many years of experience "
                            "in assessing applications. There will be many exercises based on "
                            "examples."
                        ),
                        "Places are limited to 30 people. KOMM member organisations have priority.",
                    ],
                ),
                ("heading", "Interpretation"),
                (
                    "paragraph",
                    [
                        (
                            "The workshop is in Polish. On request, we will provide interpretation "
                            "into Ukrainian. Please mark this in the registration form."
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "key": "regional-meeting-lublin",
        "days_from_today": 12,
        "start_time": "11:00",
        "end_time": "15:00",
        "time_zone": "Europe/Warsaw",
        "mode": "in_person",
        "voivodeship": "lubelskie",
        "meeting_language": "pl",
        "interpretation_available": True,
        "contact_email": "lublin@komm.example.org",
        "capacity": 40,
        "join_link": "https://meet.example.org/komm-lublin-regionalne",
        "photo_credit": None,
        "pl": {
            "title": "Spotkanie regionalne KOMM w Lublinie",
            "slug": "spotkanie-regionalne-lublin",
            "summary": (
                "Spotkanie organizacji z województwa lubelskiego: wymiana doświadczeń, potrzeby "
                "regionu i wspólne plany."
            ),
            "venue": "Dom Sąsiedzki „Most”, sala na parterze",
            "address": "ul. Przykładowa 5, 20-001 Lublin",
            "agenda": [
                {
                    "title": "Poznajmy się",
                    "description": "Krótka prezentacja organizacji z regionu.",
                },
                {
                    "title": "Potrzeby organizacji w województwie lubelskim",
                    "description": "Rozmowa o lokalach, finansowaniu i współpracy z samorządem.",
                },
                {
                    "title": "Wspólne działania w regionie",
                    "description": "Planujemy wspólne wydarzenia na najbliższe miesiące.",
                },
                {
                    "title": "Obiad i rozmowy nieformalne",
                    "description": "Zapraszamy na wspólny posiłek.",
                },
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Zapraszamy organizacje i grupy nieformalne z Lublina i całego "
                            "województwa lubelskiego. Spotkanie jest bezpłatne."
                        ),
                        (
                            "Zapewniamy obiad i zwrot kosztów dojazdu dla osób spoza Lublina. "
                            "Prosimy o wcześniejsze zgłoszenie."
                        ),
                    ],
                ),
                ("heading", "Dostępność"),
                (
                    "paragraph",
                    [
                        (
                            "Sala znajduje się na parterze i nie ma w niej progów. Na miejscu jest "
                            "toaleta dostosowana do potrzeb osób z niepełnosprawnościami."
                        ),
                        "Można przyjść z dziećmi. Przygotujemy kącik zabaw.",
                        "Na prośbę zapewnimy tłumaczenie na język ukraiński.",
                    ],
                ),
            ],
        },
        "uk": {
            "title": "Регіональна зустріч KOMM у Любліні",
            "slug": "rehionalna-zustrich-liublin",
            "summary": (
                "Зустріч організацій з Люблінського воєводства: обмін досвідом, потреби регіону та "
                "спільні плани."
            ),
            "venue": "Сусідський дім «Most», зала на першому поверсі",
            "address": "вул. Przykładowa 5, 20-001 Люблін",
            "agenda": [
                {
                    "title": "Давайте познайомимося",
                    "description": "Коротка презентація організацій з регіону.",
                },
                {
                    "title": "Потреби організацій у Люблінському воєводстві",
                    "description": (
                        "Розмова про приміщення, фінансування та співпрацю з місцевою владою."
                    ),
                },
                {
                    "title": "Спільні дії в регіоні",
                    "description": "Плануємо спільні заходи на найближчі місяці.",
                },
                {
                    "title": "Обід і неформальні розмови",
                    "description": "Запрошуємо на спільну трапезу.",
                },
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Запрошуємо організації та неформальні групи з Любліна і всього "
                            "Люблінського воєводства. Участь безкоштовна."
                        ),
                        (
                            "Ми забезпечуємо обід і відшкодування витрат на проїзд для людей не з "
                            "Любліна. Просимо зареєструватися заздалегідь."
                        ),
                    ],
                ),
                ("heading", "Доступність"),
                (
                    "paragraph",
                    [
                        (
                            "Зала розташована на першому поверсі, без порогів. На місці є туалет, "
                            "пристосований для людей з інвалідністю."
                        ),
                        "Можна прийти з дітьми. Ми підготуємо дитячий куточок.",
                        "На прохання забезпечимо переклад українською мовою.",
                    ],
                ),
            ],
        },
        "en": {
            "title": "KOMM regional meeting in Lublin",
            "slug": "regional-meeting-lublin",
            "summary": (
                "A meeting of organisations from the Lubelskie voivodeship: sharing experience, "
                "regional needs and joint plans."
            ),
            "venue": "“Most” Neighbourhood House, ground floor room",
            "address": "ul. Przykładowa 5, 20-001 Lublin, Poland",
            "agenda": [
                {
                    "title": "Getting to know each other",
                    "description": "Short presentations of organisations from the region.",
                },
                {
                    "title": "Needs of organisations in Lubelskie",
                    "description": (
                        "A conversation about premises, funding and cooperation with local "
                        "government."
                    ),
                },
                {
                    "title": "Joint activities in the region",
                    "description": "We plan joint events for the coming months.",
                },
                {"title": "Lunch and informal talks", "description": "Join us for a shared meal."},
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "We invite organisations and informal groups from Lublin and the whole "
                            "Lubelskie voivodeship. The meeting is free."
                        ),
                        (
                            "We provide lunch and cover travel costs for people from outside "
                            "Lublin. Please register in advance."
                        ),
                    ],
                ),
                ("heading", "Accessibility"),
                (
                    "paragraph",
                    [
                        (
                            "The room is on the ground floor and has no steps. There is an "
                            "accessible toilet on site."
                        ),
                        "You can come with your children. We will prepare a play corner.",
                        "On request, we will provide interpretation into Ukrainian.",
                    ],
                ),
            ],
        },
    },
    {
        "key": "general-assembly",
        "days_from_today": 30,
        "start_time": "10:00",
        "end_time": "16:00",
        "time_zone": "Europe/Warsaw",
        "mode": "hybrid",
        "voivodeship": "mazowieckie",
        "meeting_language": "pl",
        "interpretation_available": True,
        "contact_email": "koalicja@komm.example.org",
        "capacity": None,
        "join_link": "https://meet.example.org/komm-walne-zgromadzenie",
        "photo_credit": None,
        "pl": {
            "title": "Walne zgromadzenie członków KOMM",
            "slug": "walne-zgromadzenie",
            "summary": (
                "Coroczne spotkanie wszystkich członków koalicji. Podsumujemy rok, wybierzemy radę "
                "koalicji i ustalimy priorytety."
            ),
            "venue": "Centrum Społeczne „Wspólna”, sala główna",
            "address": "ul. Przykładowa 10, 00-950 Warszawa",
            "agenda": [
                {
                    "title": "Sprawozdanie z działalności za miniony rok",
                    "description": (
                        "Zarząd przedstawia, co udało się zrobić, i odpowiada na pytania."
                    ),
                },
                {
                    "title": "Wybory do rady koalicji",
                    "description": (
                        "Głosujemy na kandydatki i kandydatów. Można głosować na miejscu i online."
                    ),
                },
                {
                    "title": "Priorytety na kolejny rok",
                    "description": "Pracujemy w grupach nad planem działań.",
                },
                {
                    "title": "Wolne wnioski",
                    "description": "Czas na sprawy zgłoszone przez członków.",
                },
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Walne zgromadzenie to najważniejsze spotkanie w roku. Każda "
                            "organizacja członkowska ma jeden głos."
                        ),
                        (
                            "Możesz przyjść na miejsce lub dołączyć online. Link do transmisji i "
                            "głosowania wyślemy osobom zarejestrowanym."
                        ),
                    ],
                ),
                ("heading", "Tłumaczenie i dostępność"),
                (
                    "paragraph",
                    [
                        (
                            "Zapewniamy tłumaczenie na ukraiński i angielski. Na sali będzie "
                            "dostępna pętla indukcyjna."
                        ),
                        "Materiały na zgromadzenie wyślemy e-mailem dwa tygodnie wcześniej.",
                    ],
                ),
            ],
        },
        "uk": {
            "title": "Загальні збори учасників KOMM",
            "slug": "zahalni-zbory",
            "summary": (
                "Щорічна зустріч усіх учасників коаліції. Ми підсумуємо рік, оберемо раду коаліції "
                "та визначимо пріоритети."
            ),
            "venue": "Громадський центр «Wspólna», головна зала",
            "address": "вул. Przykładowa 10, 00-950 Варшава",
            "agenda": [
                {
                    "title": "Звіт про діяльність за минулий рік",
                    "description": (
                        "Правління розповідає, що вдалося зробити, і відповідає на запитання."
                    ),
                },
                {
                    "title": "Вибори до ради коаліції",
                    "description": (
                        "Голосуємо за кандидаток і кандидатів. Голосувати можна на місці та онлайн."
                    ),
                },
                {
                    "title": "Пріоритети на наступний рік",
                    "description": "Працюємо в групах над планом дій.",
                },
                {"title": "Різне", "description": "Час для питань, які порушили учасники."},
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Загальні збори – найважливіша зустріч року. Кожна "
                            "організація-учасниця має один голос."
                        ),
                        (
                            "Ви можете прийти особисто або приєднатися онлайн. Посилання на "
                            "трансляцію і голосування ми надішлемо зареєстрованим учасникам."
                        ),
                    ],
                ),
                ("heading", "Переклад і доступність"),
                (
                    "paragraph",
                    [
                        (
                            "Ми забезпечуємо переклад українською та англійською. У залі буде "
                            "індукційна петля для людей зі слуховими апаратами."
                        ),
                        "Матеріали до зборів ми надішлемо електронною поштою за два тижні.",
                    ],
                ),
            ],
        },
        "en": {
            "title": "KOMM general assembly",
            "slug": "general-assembly",
            "summary": (
                "The yearly meeting of all coalition members. We will review the year, elect the "
                "coalition council and set priorities."
            ),
            "venue": "“Wspólna” Community Centre, main hall",
            "address": "ul. Przykładowa 10, 00-950 Warsaw, Poland",
            "agenda": [
                {
                    "title": "Annual activity report",
                    "description": "The board presents what we achieved and answers questions.",
                },
                {
                    "title": "Elections to the coalition council",
                    "description": "We vote for candidates. You can vote on site or online.",
                },
                {
                    "title": "Priorities for the next year",
                    "description": "We work in groups on an action plan.",
                },
                {
                    "title": "Any other business",
                    "description": "Time for matters raised by members.",
                },
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "The general assembly is the most important meeting of the year. Each "
                            "member organisation has one vote."
                        ),
                        (
                            "You can come in person or join online. We will send the link to the "
                            "stream and the vote to registered participants."
                        ),
                    ],
                ),
                ("heading", "Interpretation and accessibility"),
                (
                    "paragraph",
                    [
                        (
                            "We provide interpretation into Ukrainian and English. The hall will "
                            "have a hearing loop."
                        ),
                        "We will e-mail the assembly documents two weeks before the meeting.",
                    ],
                ),
            ],
        },
    },
    {
        "key": "legal-aid-migrants",
        "days_from_today": 45,
        "start_time": "18:00",
        "end_time": "20:00",
        "time_zone": "Europe/Kyiv",
        "mode": "online",
        "voivodeship": None,
        "meeting_language": "pl",
        "interpretation_available": True,
        "contact_email": "pomoc-prawna@komm.example.org",
        "capacity": 100,
        "join_link": "https://meet.example.org/komm-pomoc-prawna-lwow",
        "photo_credit": None,
        "pl": {
            "title": "Pomoc prawna dla migrantów: pobyt, praca i świadczenia",
            "slug": "pomoc-prawna-migranci",
            "summary": (
                "Spotkanie online z prawniczkami, które odpowiedzą na najczęstsze pytania o "
                "legalny pobyt i pracę w Polsce."
            ),
            "venue": "Spotkanie online (Zoom)",
            "address": "Link wysyłamy e-mailem po rejestracji",
            "agenda": [
                {
                    "title": "Legalny pobyt w Polsce",
                    "description": "Ochrona czasowa, karta pobytu i najważniejsze terminy.",
                },
                {
                    "title": "Praca i umowy",
                    "description": (
                        "Jakie dokumenty są potrzebne i na co uważać przy podpisywaniu umowy."
                    ),
                },
                {
                    "title": "Świadczenia dla rodzin",
                    "description": "Kto może otrzymać świadczenia na dzieci i jak złożyć wniosek.",
                },
                {
                    "title": "Pytania uczestników",
                    "description": (
                        "Prawniczki odpowiadają na pytania przesłane wcześniej i zadane na czacie."
                    ),
                },
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Spotkanie organizujemy razem z organizacją partnerską ze Lwowa. "
                            "Poprowadzą je prawniczki z Polski i z Ukrainy."
                        ),
                        (
                            "Spotkanie prowadzimy po polsku z tłumaczeniem na ukraiński. Pytania "
                            "możesz zadawać w obu językach."
                        ),
                    ],
                ),
                ("heading", "Ważne informacje"),
                (
                    "paragraph",
                    [
                        (
                            "Godziny podajemy według czasu kijowskiego. W Polsce spotkanie zaczyna "
                            "się godzinę wcześniej."
                        ),
                        (
                            "Podczas spotkania nie udzielamy porad w indywidualnych sprawach. Na "
                            "końcu podamy kontakty do bezpłatnych punktów pomocy prawnej."
                        ),
                    ],
                ),
            ],
        },
        "uk": {
            "title": "Правова допомога для мігрантів: перебування, робота і виплати",
            "slug": "pravova-dopomoha-mihrantam",
            "summary": (
                "Онлайн-зустріч з юристками, які дадуть відповіді на найпоширеніші запитання про "
                "легальне перебування і роботу в Польщі."
            ),
            "venue": "Онлайн-зустріч (Zoom)",
            "address": "Посилання надсилаємо електронною поштою після реєстрації",
            "agenda": [
                {
                    "title": "Легальне перебування в Польщі",
                    "description": "Тимчасовий захист, карта побиту і найважливіші терміни.",
                },
                {
                    "title": "Робота і договори",
                    "description": (
                        "Які документи потрібні і на що звертати увагу під час підписання договору."
                    ),
                },
                {
                    "title": "Виплати для сімей",
                    "description": "Хто може отримати виплати на дітей і як подати заяву.",
                },
                {
                    "title": "Запитання учасників",
                    "description": (
                        "Юристки відповідають на запитання, надіслані заздалегідь і поставлені в "
                        "чаті."
                    ),
                },
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Ми організовуємо зустріч разом з партнерською організацією зі Львова. "
                            "Її проведуть юристки з Польщі та України."
                        ),
                        (
                            "Зустріч проходить польською мовою з перекладом українською. Запитання "
                            "можна ставити обома мовами."
                        ),
                    ],
                ),
                ("heading", "Важлива інформація"),
                (
                    "paragraph",
                    [
                        (
                            "Час вказано за київським часом. У Польщі зустріч починається на "
                            "годину раніше."
                        ),
                        (
                            "Під час зустрічі ми не консультуємо в індивідуальних справах. "
                            "Наприкінці ми дамо контакти безкоштовних пунктів правової допомоги."
                        ),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Legal aid for migrants: residence, work and benefits",
            "slug": "legal-aid-migrants",
            "summary": (
                "An online meeting with lawyers who will answer the most common questions about "
                "legal stay and work in Poland."
            ),
            "venue": "Online meeting (Zoom)",
            "address": "We e-mail the link after registration",
            "agenda": [
                {
                    "title": "Legal stay in Poland",
                    "description": "Temporary protection, residence cards and key deadlines.",
                },
                {
                    "title": "Work and contracts",
                    "description": (
                        "Which documents you need and what to check before signing a contract."
                    ),
                },
                {
                    "title": "Benefits for families",
                    "description": "Who can receive child benefits and how to apply.",
                },
                {
                    "title": "Questions from participants",
                    "description": (
                        "The lawyers answer questions sent in advance and asked in the chat."
                    ),
                },
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "We are organising this meeting together with a partner organisation "
                            "from Lviv. Lawyers from Poland and Ukraine will lead it."
                        ),
                        (
                            "The meeting is in Polish with interpretation into Ukrainian. You can "
                            "ask questions in either language."
                        ),
                    ],
                ),
                ("heading", "Important information"),
                (
                    "paragraph",
                    [
                        (
                            "Times are given in Kyiv time. In Poland, the meeting starts one hour "
                            "earlier."
                        ),
                        (
                            "We do not give advice on individual cases during the meeting. At the "
                            "end, we will share contacts for free legal aid centres."
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "key": "networking-wroclaw",
        "days_from_today": -20,
        "start_time": "17:00",
        "end_time": "20:00",
        "time_zone": "Europe/Warsaw",
        "mode": "in_person",
        "voivodeship": "dolnoslaskie",
        "meeting_language": "pl",
        "interpretation_available": False,
        "contact_email": "wroclaw@komm.example.org",
        "capacity": 35,
        "join_link": "https://meet.example.org/komm-wroclaw-wieczor",
        "photo_credit": "Daria Sydorenko",
        "pl": {
            "title": "Wieczór sieciujący organizacji migranckich we Wrocławiu",
            "slug": "wieczor-sieciujacy-wroclaw",
            "summary": (
                "Spotkanie organizacji z Dolnego Śląska: krótkie prezentacje, rozmowy i wspólna "
                "kolacja."
            ),
            "venue": "Kawiarnia społeczna „Spotkajmy się”",
            "address": "ul. Przykładowa 22, 50-001 Wrocław",
            "agenda": [
                {
                    "title": "Prezentacje organizacji",
                    "description": "Każda organizacja opowiada o sobie w trzy minuty.",
                },
                {
                    "title": "Stoliki tematyczne",
                    "description": (
                        "Rozmawiamy o lokalach, wolontariuszach i współpracy ze szkołami."
                    ),
                },
                {
                    "title": "Wspólna kolacja",
                    "description": "Dania z różnych kuchni świata przygotowane przez członków.",
                },
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Dziękujemy wszystkim za udział! Przyszło ponad 30 osób z 14 "
                            "organizacji z Wrocławia, Legnicy i Wałbrzycha."
                        ),
                        (
                            "Przy stolikach tematycznych najwięcej rozmawialiśmy o braku lokali na "
                            "działalność i o współpracy ze szkołami."
                        ),
                    ],
                ),
                ("heading", "Co dalej"),
                (
                    "paragraph",
                    [
                        (
                            "Organizacje z Dolnego Śląska chcą spotykać się regularnie. Następne "
                            "spotkanie planujemy za około trzy miesiące."
                        ),
                        "Notatkę ze spotkania wyślemy uczestnikom e-mailem.",
                    ],
                ),
            ],
        },
        "uk": {
            "title": "Вечір нетворкінгу організацій мігрантів у Вроцлаві",
            "slug": "vechir-netvorkinhu-vrotslav",
            "summary": (
                "Зустріч організацій з Нижньої Сілезії: короткі презентації, розмови і спільна "
                "вечеря."
            ),
            "venue": "Соціальна кав’ярня «Spotkajmy się»",
            "address": "вул. Przykładowa 22, 50-001 Вроцлав",
            "agenda": [
                {
                    "title": "Презентації організацій",
                    "description": "Кожна організація розповідає про себе за три хвилини.",
                },
                {
                    "title": "Тематичні столики",
                    "description": "Говоримо про приміщення, волонтерів і співпрацю зі школами.",
                },
                {
                    "title": "Спільна вечеря",
                    "description": "Страви різних кухонь світу, які приготували учасники.",
                },
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Дякуємо всім за участь! Прийшли понад 30 людей з 14 організацій із "
                            "Вроцлава, Легниці та Валбжиха."
                        ),
                        (
                            "За тематичними столиками ми найбільше говорили про брак приміщень для "
                            "діяльності та про співпрацю зі школами."
                        ),
                    ],
                ),
                ("heading", "Що далі"),
                (
                    "paragraph",
                    [
                        (
                            "Організації з Нижньої Сілезії хочуть зустрічатися регулярно. Наступну "
                            "зустріч плануємо приблизно через три місяці."
                        ),
                        "Нотатки із зустрічі ми надішлемо учасникам електронною поштою.",
                    ],
                ),
            ],
        },
        "en": {
            "title": "Networking evening for migrant organisations in Wrocław",
            "slug": "networking-evening-wroclaw",
            "summary": (
                "A meeting of organisations from Lower Silesia: short presentations, conversations "
                "and a shared dinner."
            ),
            "venue": "“Spotkajmy się” social café",
            "address": "ul. Przykładowa 22, 50-001 Wrocław, Poland",
            "agenda": [
                {
                    "title": "Presentations of organisations",
                    "description": "Each organisation introduces itself in three minutes.",
                },
                {
                    "title": "Themed tables",
                    "description": (
                        "We talk about premises, volunteers and cooperation with schools."
                    ),
                },
                {
                    "title": "Shared dinner",
                    "description": "Dishes from world cuisines prepared by members.",
                },
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Thank you all for coming! More than 30 people from 14 organisations "
                            "from Wrocław, Legnica and Wałbrzych took part."
                        ),
                        (
                            "At the themed tables, we talked most about the lack of premises for "
                            "our work and about cooperation with schools."
                        ),
                    ],
                ),
                ("heading", "What next"),
                (
                    "paragraph",
                    [
                        (
                            "Organisations from Lower Silesia want to meet regularly. We plan the "
                            "next meeting in about three months."
                        ),
                        "We will e-mail the meeting notes to participants.",
                    ],
                ),
            ],
        },
    },
]


# Member stories. Organisation names are proper names, not translated.
STORIES = [
    {
        "key": "saturday-school-krakow",
        "days_ago": 3,
        "organisation": "Stowarzyszenie „Dzwinoczok”",
        "voivodeship": "malopolskie",
        "tags": ["education", "children", "ukrainian-community"],
        "photo_credit": "Iryna Bondar",
        "pl": {
            "title": "Sobotnia szkoła, która daje dzieciom dwa języki",
            "slug": "sobotnia-szkola-dwa-jezyki",
            "summary": (
                "W Krakowie grupa ukraińskich mam prowadzi sobotnią szkołę dla ponad 60 dzieci."
            ),
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Wszystko zaczęło się w 2022 roku w jednym mieszkaniu. Kilka mam z "
                            "Charkowa i Kijowa chciało, żeby ich dzieci nie zapomniały "
                            "ukraińskiego."
                        ),
                        (
                            "Dziś sobotnia szkoła działa w budynku szkoły podstawowej na Podgórzu. "
                            "Uczy się w niej ponad 60 dzieci w wieku od 6 do 14 lat."
                        ),
                        (
                            "Zajęcia to nie tylko język ukraiński. Dzieci uczą się też polskiego, "
                            "historii i śpiewu. Raz w miesiącu odbywa się wspólny piknik dla "
                            "rodzin."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Chcemy, żeby nasze dzieci czuły się w Polsce jak u siebie, ale "
                            "pamiętały, skąd pochodzą."
                        ),
                        "attribution": "Ołena, koordynatorka szkoły",
                    },
                ),
                (
                    "paragraph",
                    [
                        (
                            "Nauczycielkami są głównie mamy, które w Ukrainie pracowały w "
                            "szkołach. Stowarzyszenie szuka teraz wolontariuszy do zajęć z "
                            "matematyki."
                        ),
                    ],
                ),
            ],
        },
        "uk": {
            "title": "Суботня школа, яка дає дітям дві мови",
            "slug": "subotnia-shkola-dvi-movy",
            "summary": "У Кракові група українських мам веде суботню школу для понад 60 дітей.",
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Усе почалося у 2022 році в одній квартирі. Кілька мам з Харкова і "
                            "Києва хотіли, щоб їхні діти не забули українську."
                        ),
                        (
                            "Сьогодні суботня школа працює в будівлі початкової школи на Подгуже. "
                            "У ній навчається понад 60 дітей віком від 6 до 14 років."
                        ),
                        (
                            "Заняття – це не тільки українська мова. Діти також вивчають польську, "
                            "історію і співи. Раз на місяць відбувається спільний пікнік для "
                            "родин."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "Ми хочемо, щоб наші діти почувалися в Польщі як удома, але пам’ятали, "
                            "звідки вони."
                        ),
                        "attribution": "Олена, координаторка школи",
                    },
                ),
                (
                    "paragraph",
                    [
                        (
                            "Вчительки – переважно мами, які в Україні працювали в школах. Зараз "
                            "асоціація шукає волонтерів для занять з математики."
                        ),
                    ],
                ),
            ],
        },
        "en": {
            "title": "A Saturday school that gives children two languages",
            "slug": "saturday-school-two-languages",
            "summary": (
                "In Kraków, a group of Ukrainian mothers runs a Saturday school for more than 60 "
                "children."
            ),
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "It all started in 2022 in one flat. A few mothers from Kharkiv and "
                            "Kyiv wanted their children to keep their Ukrainian."
                        ),
                        (
                            "Today the Saturday school meets in a primary school building in "
                            "Podgórze. More than 60 children aged 6 to 14 study there."
                        ),
                        (
                            "The classes are not only about the Ukrainian language. Children also "
                            "learn Polish, history and singing. Once a month there is a picnic for "
                            "families."
                        ),
                    ],
                ),
                (
                    "quote",
                    {
                        "text": (
                            "We want our children to feel at home in Poland, but to remember where "
                            "they come from."
                        ),
                        "attribution": "Olena, school coordinator",
                    },
                ),
                (
                    "paragraph",
                    [
                        (
                            "Most of the teachers are mothers who worked in schools in Ukraine. "
                            "The association is now looking for volunteers to teach maths."
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "key": "legal-helpline-bialystok",
        "days_ago": 10,
        "organisation": "Stowarzyszenie „Białoruś Bliżej”",
        "voivodeship": "podlaskie",
        "tags": ["legal-aid", "belarusian-community"],
        "photo_credit": None,
        "pl": {
            "title": "Prawnik na telefon: infolinia dla Białorusinów w Białymstoku",
            "slug": "prawnik-na-telefon-bialystok",
            "summary": (
                "Od roku wolontariusze z Białegostoku prowadzą bezpłatną infolinię prawną po "
                "białorusku, rosyjsku i polsku."
            ),
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Wielu Białorusinów przyjechało do Polski po 2020 roku. Często nie "
                            "znają polskich przepisów i boją się urzędów."
                        ),
                        (
                            "Stowarzyszenie „Białoruś Bliżej” uruchomiło infolinię prawną. Dyżury "
                            "odbywają się trzy razy w tygodniu, wieczorem, kiedy ludzie wracają z "
                            "pracy."
                        ),
                        (
                            "Telefony odbierają wolontariusze: dwie prawniczki i student prawa. "
                            "Najczęstsze pytania dotyczą karty pobytu, zmiany pracodawcy i uznania "
                            "dyplomów."
                        ),
                        (
                            "W ciągu roku infolinia odebrała ponad 900 telefonów. Teraz "
                            "stowarzyszenie szuka funduszy, żeby zatrudnić koordynatorkę na pół "
                            "etatu."
                        ),
                    ],
                ),
            ],
        },
        "uk": {
            "title": "Юрист на телефоні: гаряча лінія для білорусів у Білостоці",
            "slug": "yuryst-na-telefoni-bilostok",
            "summary": (
                "Уже рік волонтери з Білостока ведуть безкоштовну юридичну гарячу лінію "
                "білоруською, російською та польською мовами."
            ),
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Багато білорусів приїхали до Польщі після 2020 року. Часто вони не "
                            "знають польського законодавства і бояться установ."
                        ),
                        (
                            "Асоціація «Białoruś Bliżej» запустила юридичну гарячу лінію. "
                            "Чергування відбуваються тричі на тиждень, увечері, коли люди "
                            "повертаються з роботи."
                        ),
                        (
                            "На дзвінки відповідають волонтери: дві юристки і студент права. "
                            "Найчастіші запитання стосуються карти побиту, зміни роботодавця і "
                            "визнання дипломів."
                        ),
                        (
                            "За рік гаряча лінія прийняла понад 900 дзвінків. Тепер асоціація "
                            "шукає фінансування, щоб найняти координаторку на пів ставки."
                        ),
                    ],
                ),
            ],
        },
        "en": {
            "title": "A lawyer on the phone: a helpline for Belarusians in Białystok",
            "slug": "legal-helpline-bialystok",
            "summary": (
                "For a year, volunteers in Białystok have run a free legal helpline in Belarusian, "
                "Russian and Polish."
            ),
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Many Belarusians came to Poland after 2020. They often do not know "
                            "Polish law and are afraid of public offices."
                        ),
                        (
                            "The association “Białoruś Bliżej” set up a legal helpline. It is open "
                            "three evenings a week, when people come home from work."
                        ),
                        (
                            "Volunteers answer the calls: two lawyers and a law student. The most "
                            "common questions are about residence cards, changing employers and "
                            "recognition of diplomas."
                        ),
                        (
                            "In one year, the helpline took more than 900 calls. Now the "
                            "association is looking for funding to hire a part-time coordinator."
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "key": "cook-and-talk-warsaw",
        "days_ago": 18,
        "organisation": "Stowarzyszenie Kultury Wietnamskiej „Hoa Sen”",
        "voivodeship": "mazowieckie",
        "tags": ["culture", "language-exchange", "vietnamese-community"],
        "photo_credit": "Minh Anh Nguyen",
        "pl": {
            "title": "Gotujemy i rozmawiamy: wietnamsko-polskie wieczory językowe",
            "slug": "gotujemy-i-rozmawiamy",
            "summary": (
                "Raz w miesiącu na warszawskiej Pradze Polacy i Wietnamczycy gotują razem i uczą "
                "się swoich języków."
            ),
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Pomysł był prosty: wspólne gotowanie to dobra okazja do rozmowy. Przy "
                            "krojeniu warzyw łatwiej mówić w obcym języku."
                        ),
                        (
                            "Każdy wieczór to jeden przepis i jedna lista słówek. Uczestnicy "
                            "poznają nazwy produktów po polsku i po wietnamsku."
                        ),
                        (
                            "Na spotkania przychodzą całe rodziny. Starsi Wietnamczycy ćwiczą "
                            "polski, a młodzi Polacy uczą się podstaw wietnamskiego."
                        ),
                        (
                            "Stowarzyszenie planuje wydać małą książkę kucharską z przepisami i "
                            "słowniczkiem w dwóch językach."
                        ),
                    ],
                ),
            ],
        },
        "uk": {
            "title": "Готуємо і розмовляємо: в’єтнамсько-польські мовні вечори",
            "slug": "hotuiemo-i-rozmovliaiemo",
            "summary": (
                "Раз на місяць на варшавській Празі поляки і в’єтнамці разом готують і вчать мови "
                "одне одного."
            ),
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Ідея була проста: спільне приготування їжі – хороша нагода для "
                            "розмови. Коли ріжеш овочі, легше говорити іноземною мовою."
                        ),
                        (
                            "Кожен вечір – це один рецепт і один список слів. Учасники вивчають "
                            "назви продуктів польською і в’єтнамською."
                        ),
                        (
                            "На зустрічі приходять цілі родини. Старші в’єтнамці практикують "
                            "польську, а молоді поляки вчать основи в’єтнамської."
                        ),
                        (
                            "Асоціація планує видати невелику кулінарну книжку з рецептами і "
                            "словничком двома мовами."
                        ),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Cook and talk: Vietnamese-Polish language evenings",
            "slug": "cook-and-talk",
            "summary": (
                "Once a month in Warsaw's Praga district, Polish and Vietnamese people cook "
                "together and learn each other's languages."
            ),
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "The idea was simple: cooking together is a good chance to talk. It is "
                            "easier to speak a foreign language while chopping vegetables."
                        ),
                        (
                            "Each evening has one recipe and one word list. Participants learn the "
                            "names of ingredients in Polish and in Vietnamese."
                        ),
                        (
                            "Whole families come to the meetings. Older Vietnamese people practise "
                            "Polish, and young Poles learn basic Vietnamese."
                        ),
                        (
                            "The association plans to publish a small cookbook with recipes and a "
                            "glossary in both languages."
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "key": "roma-women-chorzow",
        "days_ago": 27,
        "organisation": "Stowarzyszenie Kobiet Romskich „Bachtałe”",
        "voivodeship": "slaskie",
        "tags": ["women", "education", "roma-community"],
        "photo_credit": None,
        "pl": {
            "title": "Romskie kobiety, które budują mosty ze szkołą",
            "slug": "romskie-kobiety-mosty-szkola",
            "summary": (
                "W Chorzowie stowarzyszenie romskich kobiet prowadzi świetlicę dla dzieci i "
                "spotkania dla mam."
            ),
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Stowarzyszenie „Bachtałe” założyło pięć kobiet z jednej dzielnicy "
                            "Chorzowa. Wszystkie są mamami i dobrze znają problemy romskich dzieci "
                            "w szkole."
                        ),
                        (
                            "Co tydzień prowadzą świetlicę z pomocą w lekcjach. Dzieci odrabiają "
                            "tam zadania domowe i czytają książki."
                        ),
                        (
                            "Raz w miesiącu organizują spotkania mam z nauczycielami. Pomagają "
                            "zrozumieć oceny, zebrania i szkolne zasady."
                        ),
                        (
                            "„Kiedy mama rozumie szkołę, dziecko chętniej do niej chodzi” – mówi "
                            "jedna z założycielek. W tym roku stowarzyszenie chce przeszkolić "
                            "kolejne kobiety na asystentki edukacji romskiej."
                        ),
                    ],
                ),
            ],
        },
        "uk": {
            "title": "Ромські жінки, які будують мости зі школою",
            "slug": "romski-zhinky-mosty-zi-shkoloiu",
            "summary": (
                "У Хожуві асоціація ромських жінок веде клуб для дітей після уроків і зустрічі для "
                "мам."
            ),
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Асоціацію «Bachtałe» заснували п’ять жінок з одного району Хожува. "
                            "Усі вони мами і добре знають проблеми ромських дітей у школі."
                        ),
                        (
                            "Щотижня вони ведуть клуб після уроків, де допомагають з навчанням. "
                            "Діти виконують там домашні завдання і читають книжки."
                        ),
                        (
                            "Раз на місяць вони організовують зустрічі мам з учителями. "
                            "Допомагають зрозуміти оцінки, батьківські збори і шкільні правила."
                        ),
                        (
                            "«Коли мама розуміє школу, дитина охочіше до неї ходить», – каже одна "
                            "із засновниць. Цього року асоціація хоче навчити ще кількох жінок на "
                            "асистенток ромської освіти."
                        ),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Roma women building bridges with school",
            "slug": "roma-women-bridges-school",
            "summary": (
                "In Chorzów, an association of Roma women runs an after-school club for children "
                "and meetings for mothers."
            ),
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Five women from one district of Chorzów founded the “Bachtałe” "
                            "association. They are all mothers and know well the problems Roma "
                            "children face at school."
                        ),
                        (
                            "Every week they run an after-school club with homework help. Children "
                            "do their homework and read books there."
                        ),
                        (
                            "Once a month they organise meetings between mothers and teachers. "
                            "They help mothers understand grades, parent meetings and school "
                            "rules."
                        ),
                        (
                            "“When a mother understands the school, her child is happier to go "
                            "there,” says one of the founders. This year, the association wants to "
                            "train more women as Roma education assistants."
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "key": "youth-football-lodz",
        "days_ago": 40,
        "organisation": "Fundacja „Wspólne Boisko”",
        "voivodeship": "lodzkie",
        "tags": ["youth", "sport", "integration"],
        "photo_credit": "Giorgi Beridze",
        "pl": {
            "title": "Piłka nożna dla młodzieży z Czeczenii, Gruzji i Polski",
            "slug": "pilka-nozna-dla-mlodziezy",
            "summary": (
                "W Łodzi dwa razy w tygodniu trenują drużyny, w których grają chłopcy i dziewczyny "
                "z różnych krajów."
            ),
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Na początku na treningi przychodziło sześciu chłopców z czeczeńskich "
                            "rodzin. Dziś w zajęciach bierze udział ponad 40 osób w wieku od 12 do "
                            "18 lat."
                        ),
                        (
                            "Trenerami są wolontariusze: były piłkarz z Gruzji i nauczyciel "
                            "wychowania fizycznego z Łodzi. Na boisku wszyscy mówią po polsku, bo "
                            "to wspólny język drużyny."
                        ),
                        (
                            "Od roku trenuje też drużyna dziewczyn. Dla wielu z nich to pierwsza "
                            "okazja, żeby uprawiać sport poza szkołą."
                        ),
                        (
                            "Fundacja zbiera teraz pieniądze na wyjazd na turniej w Gdańsku. "
                            "Brakuje funduszy na przejazd i noclegi."
                        ),
                    ],
                ),
            ],
        },
        "uk": {
            "title": "Футбол для молоді з Чечні, Грузії та Польщі",
            "slug": "futbol-dlia-molodi",
            "summary": (
                "У Лодзі двічі на тиждень тренуються команди, в яких грають хлопці й дівчата з "
                "різних країн."
            ),
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Спочатку на тренування приходили шестеро хлопців із чеченських родин. "
                            "Сьогодні в заняттях бере участь понад 40 людей віком від 12 до 18 "
                            "років."
                        ),
                        (
                            "Тренери – волонтери: колишній футболіст із Грузії та вчитель "
                            "фізкультури з Лодзі. На полі всі говорять польською, бо це спільна "
                            "мова команди."
                        ),
                        (
                            "Уже рік тренується і команда дівчат. Для багатьох із них це перша "
                            "можливість займатися спортом поза школою."
                        ),
                        (
                            "Зараз фонд збирає гроші на поїздку на турнір у Гданську. Бракує "
                            "коштів на проїзд і ночівлю."
                        ),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Football for young people from Chechnya, Georgia and Poland",
            "slug": "football-for-young-people",
            "summary": (
                "In Łódź, teams of boys and girls from different countries train twice a week."
            ),
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "At first, six boys from Chechen families came to training. Today more "
                            "than 40 young people aged 12 to 18 take part."
                        ),
                        (
                            "The coaches are volunteers: a former footballer from Georgia and a PE "
                            "teacher from Łódź. On the pitch everyone speaks Polish, because it is "
                            "the team's common language."
                        ),
                        (
                            "For a year now, there has also been a girls' team. For many of them, "
                            "it is their first chance to do sport outside school."
                        ),
                        (
                            "The foundation is now raising money for a trip to a tournament in "
                            "Gdańsk. It needs funds for travel and accommodation."
                        ),
                    ],
                ),
            ],
        },
    },
]


# Grant calls. Deadlines are relative to today; negative = closed.
GRANTS = [
    {
        "key": "active-citizens-national-fund",
        "deadline_days": 75,
        "deadline_time": "16:00",
        "time_zone": "Europe/Warsaw",
        "funder": "Fundacja im. Stefana Batorego",
        "amount_min": 20000,
        "amount_max": 150000,
        "currency": "PLN",
        "call_url": "https://example.org/aktywni-obywatele/nabor",
        "contact_email": "granty@aktywni-obywatele.example.org",
        "looking_for_partners": True,
        "nationwide": True,
        "voivodeships": [],
        "themes": ["integration", "anti-discrimination", "legal-aid"],
        "pl": {
            "title": "Aktywni Obywatele: dotacje na rozwój organizacji i działania obywatelskie",
            "slug": "aktywni-obywatele-dotacje",
            "programme": "Aktywni Obywatele – Fundusz Krajowy (Fundusze EOG)",
            "summary": (
                "Dotacje dla organizacji, które chcą wzmocnić swoją działalność i chronić prawa "
                "człowieka."
            ),
            "eligibility": [
                "Wnioski mogą składać fundacje i stowarzyszenia zarejestrowane w Polsce.",
                "Organizacja musi działać co najmniej 12 miesięcy przed dniem złożenia wniosku.",
                (
                    "Można składać wnioski w partnerstwie z innymi organizacjami, także z grupami "
                    "nieformalnymi."
                ),
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Program Aktywni Obywatele – Fundusz Krajowy jest finansowany przez "
                            "Islandię, Liechtenstein i Norwegię w ramach Funduszy EOG. Operatorem "
                            "programu jest Fundacja im. Stefana Batorego."
                        ),
                        (
                            "Można otrzymać wsparcie na działania merytoryczne i na rozwój "
                            "instytucjonalny organizacji. Zawsze sprawdź aktualny regulamin na "
                            "stronie operatora."
                        ),
                    ],
                ),
                ("heading", "Szukamy partnerów"),
                (
                    "paragraph",
                    [
                        (
                            "KOMM planuje złożyć wspólny wniosek z kilkoma organizacjami "
                            "członkowskimi. Jeśli chcesz dołączyć do partnerstwa, napisz do nas "
                            "najpóźniej trzy tygodnie przed terminem."
                        ),
                    ],
                ),
            ],
        },
        "uk": {
            "title": "Активні громадяни: гранти на розвиток організацій і громадську діяльність",
            "slug": "aktyvni-hromadiany-hranty",
            "programme": "Активні громадяни – Національний фонд (Фонди ЄЕЗ)",
            "summary": (
                "Гранти для організацій, які хочуть зміцнити свою діяльність і захищати права "
                "людини."
            ),
            "eligibility": [
                "Заявки можуть подавати фонди та асоціації, зареєстровані в Польщі.",
                "Організація має діяти щонайменше 12 місяців до дня подання заявки.",
                (
                    "Можна подавати заявки в партнерстві з іншими організаціями, зокрема з "
                    "неформальними групами."
                ),
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Програму «Активні громадяни – Національний фонд» фінансують Ісландія, "
                            "Ліхтенштейн і Норвегія в межах Фондів ЄЕЗ. Оператор програми – "
                            "Fundacja im. Stefana Batorego (Фонд імені Стефана Баторія)."
                        ),
                        (
                            "Можна отримати підтримку на змістовну діяльність та на інституційний "
                            "розвиток організації. Завжди перевіряйте актуальні правила на сайті "
                            "оператора."
                        ),
                    ],
                ),
                ("heading", "Шукаємо партнерів"),
                (
                    "paragraph",
                    [
                        (
                            "KOMM планує подати спільну заявку з кількома "
                            "організаціями-учасницями. Якщо хочете приєднатися до партнерства, "
                            "напишіть нам не пізніше ніж за три тижні до дедлайну."
                        ),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Active Citizens: grants for organisational development and civic action",
            "slug": "active-citizens-grants",
            "programme": "Active Citizens – National Fund (EEA Grants)",
            "summary": (
                "Grants for organisations that want to strengthen their work and protect human "
                "rights."
            ),
            "eligibility": [
                "Foundations and associations registered in Poland can apply.",
                (
                    "The organisation must have been active for at least 12 months before the "
                    "application date."
                ),
                "You can apply in partnership with other organisations, including informal groups.",
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "The Active Citizens – National Fund programme is financed by Iceland, "
                            "Liechtenstein and Norway through the EEA Grants. The programme "
                            "operator is the Stefan Batory Foundation (Fundacja im. Stefana "
                            "Batorego)."
                        ),
                        (
                            "You can get support for programme activities and for the "
                            "institutional development of your organisation. Always check the "
                            "current rules on the operator's website."
                        ),
                    ],
                ),
                ("heading", "We are looking for partners"),
                (
                    "paragraph",
                    [
                        (
                            "KOMM plans to submit a joint application with several member "
                            "organisations. If you want to join the partnership, write to us at "
                            "least three weeks before the deadline."
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "key": "amif-migrant-women",
        "deadline_days": 40,
        "deadline_time": "17:00",
        "time_zone": "Europe/Brussels",
        "funder": "Komisja Europejska",
        "amount_min": 400000,
        "amount_max": 1500000,
        "currency": "EUR",
        "call_url": "https://example.org/eu-funding/amif-integration-women",
        "contact_email": "amif-helpdesk@ec.example.org",
        "looking_for_partners": True,
        "nationwide": True,
        "voivodeships": [],
        "themes": ["integration", "labour", "women"],
        "pl": {
            "title": "FAMI: międzynarodowe projekty na rzecz integracji migrantek na rynku pracy",
            "slug": "fami-integracja-migrantek",
            "programme": "Fundusz Azylu, Migracji i Integracji (FAMI) – działania Unii",
            "summary": (
                "Duży konkurs europejski dla partnerstw z kilku krajów UE. Wymaga doświadczenia i "
                "partnerów."
            ),
            "eligibility": [
                (
                    "Wniosek składa konsorcjum co najmniej trzech organizacji z trzech różnych "
                    "państw członkowskich UE."
                ),
                "Liderem może być organizacja pozarządowa, samorząd lub uczelnia.",
                "Wymagany jest wkład własny w wysokości 10% kosztów projektu.",
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Konkurs jest częścią Funduszu Azylu, Migracji i Integracji. Wspiera "
                            "projekty, które pomagają migrantkom znaleźć dobrą pracę i rozwijać "
                            "swoje umiejętności."
                        ),
                        (
                            "Wnioski składa się po angielsku przez portal Komisji Europejskiej. To "
                            "wymagający konkurs, ale mała organizacja może być partnerem w "
                            "większym konsorcjum."
                        ),
                    ],
                ),
                ("heading", "Szukamy partnerów"),
                (
                    "paragraph",
                    [
                        (
                            "KOMM rozmawia z organizacjami z Niemiec i Czech o wspólnym wniosku. "
                            "Szukamy członków, którzy prowadzą zajęcia zawodowe dla kobiet."
                        ),
                    ],
                ),
            ],
        },
        "uk": {
            "title": "AMIF: міжнародні проєкти з інтеграції жінок-мігранток на ринку праці",
            "slug": "amif-intehratsiia-mihrantok",
            "programme": "Фонд притулку, міграції та інтеграції (AMIF) – дії Союзу",
            "summary": (
                "Великий європейський конкурс для партнерств з кількох країн ЄС. Потрібні досвід і "
                "партнери."
            ),
            "eligibility": [
                (
                    "Заявку подає консорціум щонайменше з трьох організацій з трьох різних держав "
                    "– членів ЄС."
                ),
                (
                    "Лідером може бути громадська організація, орган місцевого самоврядування або "
                    "університет."
                ),
                "Потрібен власний внесок у розмірі 10% вартості проєкту.",
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Конкурс є частиною Фонду притулку, міграції та інтеграції. Він "
                            "підтримує проєкти, які допомагають жінкам-мігранткам знайти гідну "
                            "роботу і розвивати свої навички."
                        ),
                        (
                            "Заявки подають англійською мовою через портал Європейської комісії. "
                            "Це складний конкурс, але невелика організація може бути партнером у "
                            "більшому консорціумі."
                        ),
                    ],
                ),
                ("heading", "Шукаємо партнерів"),
                (
                    "paragraph",
                    [
                        (
                            "KOMM веде розмови з організаціями з Німеччини та Чехії про спільну "
                            "заявку. Ми шукаємо учасників, які проводять професійні заняття для "
                            "жінок."
                        ),
                    ],
                ),
            ],
        },
        "en": {
            "title": "AMIF: transnational projects for labour market integration of migrant women",
            "slug": "amif-migrant-women-integration",
            "programme": "Asylum, Migration and Integration Fund (AMIF) – Union Actions",
            "summary": (
                "A large European call for partnerships from several EU countries. It requires "
                "experience and partners."
            ),
            "eligibility": [
                (
                    "A consortium of at least three organisations from three different EU Member "
                    "States submits the application."
                ),
                "The lead applicant can be an NGO, a local authority or a university.",
                "Co-financing of 10% of the project costs is required.",
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "The call is part of the Asylum, Migration and Integration Fund. It "
                            "supports projects that help migrant women find good jobs and develop "
                            "their skills."
                        ),
                        (
                            "Applications are submitted in English through the European "
                            "Commission's portal. It is a demanding call, but a small organisation "
                            "can be a partner in a larger consortium."
                        ),
                    ],
                ),
                ("heading", "We are looking for partners"),
                (
                    "paragraph",
                    [
                        (
                            "KOMM is talking to organisations from Germany and Czechia about a "
                            "joint application. We are looking for members who run vocational "
                            "classes for women."
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "key": "warsaw-small-grants",
        "deadline_days": 3,
        "deadline_time": "15:00",
        "time_zone": "Europe/Warsaw",
        "funder": "Miasto Stołeczne Warszawa",
        "amount_min": None,
        "amount_max": 10000,
        "currency": "PLN",
        "call_url": "https://example.org/warszawa/male-granty",
        "contact_email": "male-granty@um.warszawa.example.org",
        "looking_for_partners": False,
        "nationwide": False,
        "voivodeships": ["mazowieckie"],
        "themes": ["integration", "culture"],
        "pl": {
            "title": "Warszawa: małe granty na wydarzenia wielokulturowe",
            "slug": "warszawa-male-granty",
            "programme": (
                "Małe granty (art. 19a ustawy o działalności pożytku publicznego i o wolontariacie)"
            ),
            "summary": (
                "Do 10 000 zł na krótkie projekty, które łączą mieszkańców Warszawy różnych "
                "narodowości."
            ),
            "eligibility": [
                (
                    "Ofertę mogą złożyć organizacje pozarządowe działające na rzecz mieszkańców "
                    "Warszawy."
                ),
                "Projekt może trwać najwyżej 90 dni.",
                (
                    "Grupa nieformalna może złożyć ofertę razem z organizacją, która ma osobowość "
                    "prawną."
                ),
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "To prosty tryb dla małych projektów: pikników sąsiedzkich, warsztatów "
                            "i spotkań kulturalnych. Ofertę składa się przez internetowy generator "
                            "wniosków."
                        ),
                        (
                            "Urząd publikuje ofertę na 7 dni, żeby mieszkańcy mogli zgłosić uwagi. "
                            "Dlatego warto złożyć ją co najmniej miesiąc przed startem projektu."
                        ),
                    ],
                ),
                ("heading", "W tym naborze"),
                (
                    "paragraph",
                    [
                        (
                            "Miasto zbiera oferty na wydarzenia wielokulturowe w dzielnicach. "
                            "Pierwszeństwo mają projekty przygotowane razem z migrantami."
                        ),
                    ],
                ),
            ],
        },
        "uk": {
            "title": "Варшава: малі гранти на мультикультурні заходи",
            "slug": "varshava-mali-hranty",
            "programme": (
                "Малі гранти (ст. 19a Закону про діяльність громадської користі та волонтерство)"
            ),
            "summary": (
                "До 10 000 злотих на короткі проєкти, які об’єднують мешканців Варшави різних "
                "національностей."
            ),
            "eligibility": [
                (
                    "Пропозицію можуть подати громадські організації, що працюють для мешканців "
                    "Варшави."
                ),
                "Проєкт може тривати не більше 90 днів.",
                (
                    "Неформальна група може подати пропозицію разом з організацією, яка має статус "
                    "юридичної особи."
                ),
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Це простий механізм для невеликих проєктів: сусідських пікніків, "
                            "семінарів і культурних зустрічей. Пропозицію подають через "
                            "онлайн-генератор заявок."
                        ),
                        (
                            "Міська адміністрація публікує пропозицію на 7 днів, щоб мешканці "
                            "могли подати зауваження. Тому варто подати її щонайменше за місяць до "
                            "початку проєкту."
                        ),
                    ],
                ),
                ("heading", "У цьому конкурсі"),
                (
                    "paragraph",
                    [
                        (
                            "Місто збирає пропозиції на мультикультурні заходи в районах. Перевагу "
                            "мають проєкти, підготовлені разом з мігрантами."
                        ),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Warsaw: small grants for multicultural events",
            "slug": "warsaw-small-grants",
            "programme": (
                "Small grants (Article 19a of the Act on Public Benefit and Volunteer Work)"
            ),
            "summary": (
                "Up to PLN 10,000 for short projects that bring together Warsaw residents of "
                "different nationalities."
            ),
            "eligibility": [
                "NGOs working for the residents of Warsaw can submit an offer.",
                "The project can last no longer than 90 days.",
                (
                    "An informal group can submit an offer together with an organisation that has "
                    "legal personality."
                ),
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "This is a simple procedure for small projects: neighbourhood picnics, "
                            "workshops and cultural meetings. You submit the offer through an "
                            "online application generator."
                        ),
                        (
                            "The city office publishes the offer for 7 days so that residents can "
                            "comment. So it is best to submit it at least a month before the "
                            "project starts."
                        ),
                    ],
                ),
                ("heading", "In this call"),
                (
                    "paragraph",
                    [
                        (
                            "The city is collecting offers for multicultural events in its "
                            "districts. Projects prepared together with migrants have priority."
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "key": "neighbourhood-micro-grants",
        "deadline_days": 10,
        "deadline_time": "23:59",
        "time_zone": "Europe/Warsaw",
        "funder": "Fundacja Dobrego Sąsiedztwa",
        "amount_min": 2000,
        "amount_max": 5000,
        "currency": "PLN",
        "call_url": "https://example.org/dobre-sasiedztwo/mikrogranty",
        "contact_email": "mikrogranty@dobre-sasiedztwo.example.org",
        "looking_for_partners": False,
        "nationwide": False,
        "voivodeships": ["podlaskie", "lubelskie", "podkarpackie"],
        "themes": ["youth", "culture", "integration"],
        "pl": {
            "title": "Mikrogranty dla grup nieformalnych ze wschodniej Polski",
            "slug": "mikrogranty-wschodnia-polska",
            "programme": "Mikrogranty Sąsiedzkie",
            "summary": (
                "Od 2000 do 5000 zł na małe inicjatywy młodzieży i grup nieformalnych. Prosty "
                "wniosek i szybka decyzja."
            ),
            "eligibility": [
                (
                    "Wniosek może złożyć grupa nieformalna licząca co najmniej trzy osoby, w tym "
                    "jedną pełnoletnią."
                ),
                "Mogą też aplikować organizacje, które działają krócej niż dwa lata.",
                "Działania muszą odbywać się w województwie podlaskim, lubelskim lub podkarpackim.",
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Wniosek ma tylko dwie strony. Można go napisać po polsku lub po "
                            "ukraińsku."
                        ),
                        (
                            "Decyzję poznasz w ciągu trzech tygodni. Fundacja oferuje też "
                            "bezpłatne konsultacje online przed złożeniem wniosku."
                        ),
                    ],
                ),
            ],
        },
        "uk": {
            "title": "Мікрогранти для неформальних груп зі сходу Польщі",
            "slug": "mikrohranty-skhid-polshchi",
            "programme": "Сусідські мікрогранти",
            "summary": (
                "Від 2000 до 5000 злотих на невеликі ініціативи молоді та неформальних груп. "
                "Проста заявка і швидке рішення."
            ),
            "eligibility": [
                (
                    "Заявку може подати неформальна група щонайменше з трьох осіб, серед яких одна "
                    "повнолітня."
                ),
                "Також можуть подаватися організації, які діють менше двох років.",
                (
                    "Діяльність має відбуватися в Підляському, Люблінському або Підкарпатському "
                    "воєводстві."
                ),
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Заявка має лише дві сторінки. Її можна написати польською або "
                            "українською."
                        ),
                        (
                            "Рішення ви дізнаєтеся протягом трьох тижнів. Фонд також пропонує "
                            "безкоштовні онлайн-консультації перед поданням заявки."
                        ),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Micro-grants for informal groups in eastern Poland",
            "slug": "micro-grants-eastern-poland",
            "programme": "Neighbourhood Micro-grants",
            "summary": (
                "PLN 2,000 to 5,000 for small initiatives by young people and informal groups. A "
                "simple application and a quick decision."
            ),
            "eligibility": [
                "An informal group of at least three people, including one adult, can apply.",
                "Organisations that have been active for less than two years can also apply.",
                (
                    "Activities must take place in the Podlaskie, Lubelskie or Podkarpackie "
                    "voivodeship."
                ),
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "The application is only two pages long. You can write it in Polish or "
                            "Ukrainian."
                        ),
                        (
                            "You will get a decision within three weeks. The foundation also "
                            "offers free online consultations before you apply."
                        ),
                    ],
                ),
            ],
        },
    },
    {
        "key": "minority-culture-fund",
        "deadline_days": -15,
        "deadline_time": "12:00",
        "time_zone": "Europe/Warsaw",
        "funder": "Fundacja Wielu Kultur",
        "amount_min": 5000,
        "amount_max": 30000,
        "currency": "PLN",
        "call_url": "https://example.org/wielu-kultur/fundusz-kultury",
        "contact_email": "granty@wielu-kultur.example.org",
        "looking_for_partners": False,
        "nationwide": True,
        "voivodeships": [],
        "themes": ["culture", "anti-discrimination"],
        "pl": {
            "title": "Kultura mniejszości: dotacje na festiwale, wystawy i publikacje",
            "slug": "kultura-mniejszosci-dotacje",
            "programme": "Fundusz Kultury Mniejszości",
            "summary": (
                "Nabór zakończony. Program wspierał projekty, które pokazują kulturę mniejszości "
                "narodowych i etnicznych oraz społeczności migranckich."
            ),
            "eligibility": [
                "Wnioski mogły składać fundacje, stowarzyszenia i kościelne osoby prawne.",
                "Projekt musiał być realizowany w Polsce i trwać najwyżej 12 miesięcy.",
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Nabór w tej edycji jest już zamknięty. Fundacja ogłosi wyniki w ciągu "
                            "dwóch miesięcy od terminu składania wniosków."
                        ),
                        (
                            "Kolejna edycja jest planowana na przyszły rok. Warto już teraz "
                            "zbierać pomysły i szukać partnerów."
                        ),
                    ],
                ),
            ],
        },
        "uk": {
            "title": "Культура меншин: гранти на фестивалі, виставки та видання",
            "slug": "kultura-menshyn-hranty",
            "programme": "Фонд культури меншин",
            "summary": (
                "Прийом заявок завершено. Програма підтримувала проєкти, які показують культуру "
                "національних та етнічних меншин і мігрантських громад."
            ),
            "eligibility": [
                "Заявки могли подавати фонди, асоціації та церковні юридичні особи.",
                "Проєкт мав реалізовуватися в Польщі і тривати не більше 12 місяців.",
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "Прийом заявок у цьому виданні конкурсу вже закрито. Фонд оголосить "
                            "результати протягом двох місяців після дедлайну."
                        ),
                        (
                            "Новий конкурс заплановано на наступний рік. Варто вже зараз збирати "
                            "ідеї і шукати партнерів."
                        ),
                    ],
                ),
            ],
        },
        "en": {
            "title": "Minority culture: grants for festivals, exhibitions and publications",
            "slug": "minority-culture-grants",
            "programme": "Minority Culture Fund",
            "summary": (
                "This call is closed. The programme supported projects that show the culture of "
                "national and ethnic minorities and migrant communities."
            ),
            "eligibility": [
                "Foundations, associations and church legal entities could apply.",
                "The project had to take place in Poland and last no more than 12 months.",
            ],
            "body": [
                (
                    "paragraph",
                    [
                        (
                            "This edition of the call is now closed. The foundation will announce "
                            "the results within two months of the deadline."
                        ),
                        (
                            "The next edition is planned for next year. Now is a good time to "
                            "collect ideas and look for partners."
                        ),
                    ],
                ),
            ],
        },
    },
]


# Site footer.
FOOTER = {
    "contact_email": "kontakt@komm.example.org",
    "phone": "+48 22 000 00 00",
    "pl": {
        "address": ["ul. Przykładowa 1", "00-001 Warszawa"],
        "funding_acknowledgement": (
            "Działania koalicji KOMM są dofinansowane z programu Aktywni Obywatele – Fundusz "
            "Krajowy, finansowanego przez Islandię, Liechtenstein i Norwegię w ramach Funduszy "
            "EOG."
        ),
        "about": (
            "KOMM to koalicja organizacji mniejszościowych i migranckich, które razem działają na "
            "rzecz równych praw i dobrego sąsiedztwa w Polsce."
        ),
    },
    "uk": {
        "address": ["вул. Przykładowa 1", "00-001 Варшава, Польща"],
        "funding_acknowledgement": (
            "Діяльність коаліції KOMM отримує фінансування з програми «Активні громадяни – "
            "Національний фонд» (Aktywni Obywatele – Fundusz Krajowy), яку фінансують Ісландія, "
            "Ліхтенштейн і Норвегія в межах Фондів ЄЕЗ."
        ),
        "about": (
            "KOMM – це коаліція організацій меншин і мігрантів, які разом працюють задля рівних "
            "прав і добросусідства в Польщі."
        ),
    },
    "en": {
        "address": ["ul. Przykładowa 1", "00-001 Warsaw, Poland"],
        "funding_acknowledgement": (
            "The work of the KOMM coalition is supported by the Active Citizens – National Fund "
            "programme, financed by Iceland, Liechtenstein and Norway through the EEA Grants."
        ),
        "about": (
            "KOMM is a coalition of minority and migrant organisations working together for equal "
            "rights and good relations between neighbours in Poland."
        ),
    },
}


# Partners and funders shown in the footer.
PARTNERS = [
    {
        "name": "Aktywni Obywatele – Fundusz Krajowy",
        "url": "https://example.org/aktywni-obywatele",
        "colour": "#1f4e79",
    },
    {"name": "Fundusze EOG", "url": "https://example.org/fundusze-eog", "colour": "#b22234"},
    {
        "name": "Fundacja im. Stefana Batorego",
        "url": "https://example.org/fundacja-batorego",
        "colour": "#2e6b3f",
    },
    {
        "name": "Dom Sąsiedzki „Most”",
        "url": "https://example.org/dom-sasiedzki-most",
        "colour": "#7a4b94",
    },
]

STORY_SUBMISSION = {
    "pl": {
        "title": "Wyślij historię",
        "slug": "wyslij-historie",
        "intro": [
            "Prowadzisz organizację lub grupę? Opowiedz, co robicie. Po sprawdzeniu opublikujemy "
            "Twoją historię na stronie, także w innych językach.",
            "Możesz pisać po polsku, ukraińsku lub angielsku.",
        ],
        "thank_you_text": [
            "Dziękujemy! Przeczytamy Twoją historię i napiszemy do Ciebie, gdy zostanie "
            "opublikowana."
        ],
    },
    "uk": {
        "title": "Надіслати історію",
        "slug": "nadislaty-istoriiu",
        "intro": [
            "Ви ведете організацію чи групу? Розкажіть, що ви робите. Після перевірки ми "
            "опублікуємо вашу історію на сайті, також іншими мовами.",
            "Можна писати польською, українською або англійською.",
        ],
        "thank_you_text": [
            "Дякуємо! Ми прочитаємо вашу історію і напишемо вам, коли її буде опубліковано."
        ],
    },
    "en": {
        "title": "Send your story",
        "slug": "send-your-story",
        "intro": [
            "Do you run an organisation or a group? Tell us what you do. After a review we will "
            "publish your story on the website, in other languages too.",
            "You can write in Polish, Ukrainian or English.",
        ],
        "thank_you_text": [
            "Thank you! We will read your story and write to you when it is published."
        ],
    },
}
