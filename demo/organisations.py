"""Demo member organisations, in the shape of the other demo content (see content.py).

Names are proper names, the same in every language, so each language tree repeats them.
Stories and events name their organisation by `key`.
"""

ORGANISATION_INDEX = {
    "pl": {
        "title": "Organizacje członkowskie",
        "slug": "organizacje",
        "intro": [
            "Organizacje mniejszości i migrantów, które tworzą KOMM. Znajdź organizację w swoim "
            "województwie, działającą w interesującym cię obszarze lub mówiącą w twoim języku.",
        ],
    },
    "uk": {
        "title": "Організації-учасниці",
        "slug": "orhanizatsii",
        "intro": [
            "Організації меншин і мігрантів, які створюють KOMM. Знайдіть організацію у своєму "
            "воєводстві, у потрібній вам сфері або таку, що говорить вашою мовою.",
        ],
    },
    "en": {
        "title": "Member organisations",
        "slug": "organisations",
        "intro": [
            "The minority and migrant organisations that make up KOMM. Find an organisation in "
            "your voivodeship, working in the field you need or speaking your language.",
        ],
    },
}

ORGANISATIONS = [
    {
        "key": "dzwinoczok",
        "voivodeships": ["malopolskie"],
        "themes": ["education", "culture", "youth"],
        "languages": ["uk", "pl"],
        "website": "https://dzwinoczok.example.org/",
        "public_email": "kontakt@dzwinoczok.example.org",
        "public_phone": "+48 12 555 01 10",
        "pl": {
            "title": "Stowarzyszenie „Dzwinoczok”",
            "slug": "dzwinoczok",
            "summary": "Sobotnia szkoła języka ukraińskiego i zajęcia kulturalne dla dzieci "
            "w Krakowie.",
            "description": [
                "Stowarzyszenie założyli rodzice z Krakowa w 2016 roku. Co sobotę prowadzimy "
                "lekcje języka ukraińskiego, historii i kultury dla dzieci od 5 do 15 lat.",
                "Pomagamy też rodzinom w kontaktach z polską szkołą.",
            ],
        },
        "uk": {
            "title": "Stowarzyszenie „Dzwinoczok”",
            "slug": "dzvinochok",
            "summary": "Суботня школа української мови та культурні заняття для дітей у Кракові.",
            "description": [
                "Асоціацію заснували батьки з Кракова у 2016 році. Щосуботи ми проводимо уроки "
                "української мови, історії та культури для дітей від 5 до 15 років.",
                "Ми також допомагаємо родинам у контактах із польською школою.",
            ],
        },
        "en": {
            "title": "Stowarzyszenie „Dzwinoczok”",
            "slug": "dzwinoczok",
            "summary": "A Saturday school of Ukrainian and cultural activities for children "
            "in Kraków.",
            "description": [
                "Parents in Kraków founded the association in 2016. Every Saturday we teach "
                "Ukrainian language, history and culture to children aged 5 to 15.",
                "We also help families deal with Polish schools.",
            ],
        },
    },
    {
        "key": "bialorus-blizej",
        "voivodeships": ["podlaskie", "mazowieckie"],
        "themes": ["legal-aid", "integration"],
        "languages": ["be", "ru", "pl"],
        "website": "https://bialorus-blizej.example.org/",
        "public_email": "pomoc@bialorus-blizej.example.org",
        "public_phone": "+48 85 555 02 20",
        "pl": {
            "title": "Stowarzyszenie „Białoruś Bliżej”",
            "slug": "bialorus-blizej",
            "summary": "Bezpłatna pomoc prawna i informacyjna dla Białorusinów w Polsce.",
            "description": [
                "Prowadzimy infolinię prawną w Białymstoku i dyżury w Warszawie. Pomagamy "
                "w sprawach pobytu, pracy i uznawania dokumentów.",
                "Rozmawiamy po białorusku, rosyjsku i polsku.",
            ],
        },
        "uk": {
            "title": "Stowarzyszenie „Białoruś Bliżej”",
            "slug": "bialorus-blizhche",
            "summary": "Безкоштовна правова та інформаційна допомога для білорусів у Польщі.",
            "description": [
                "Ми ведемо правову гарячу лінію в Білостоці та чергування у Варшаві. Допомагаємо "
                "у справах перебування, роботи та визнання документів.",
                "Говоримо білоруською, російською та польською.",
            ],
        },
        "en": {
            "title": "Stowarzyszenie „Białoruś Bliżej”",
            "slug": "bialorus-blizej",
            "summary": "Free legal aid and information for Belarusians in Poland.",
            "description": [
                "We run a legal helpline in Białystok and drop-in hours in Warsaw. We help with "
                "residence, work and the recognition of documents.",
                "We speak Belarusian, Russian and Polish.",
            ],
        },
    },
    {
        "key": "hoa-sen",
        "voivodeships": ["mazowieckie"],
        "themes": ["culture", "integration"],
        "languages": ["vi", "pl", "en"],
        "website": "https://hoasen.example.org/",
        "public_email": "xinchao@hoasen.example.org",
        "public_phone": "",
        "pl": {
            "title": "Stowarzyszenie Kultury Wietnamskiej „Hoa Sen”",
            "slug": "hoa-sen",
            "summary": "Wietnamska kultura, kuchnia i wymiana językowa w Warszawie.",
            "description": [
                "Organizujemy wieczory językowe, warsztaty kulinarne i obchody Tết otwarte dla "
                "wszystkich mieszkańców Warszawy.",
                "Pomagamy nowo przybyłym z Wietnamu odnaleźć się w mieście.",
            ],
        },
        "uk": {
            "title": "Stowarzyszenie Kultury Wietnamskiej „Hoa Sen”",
            "slug": "hoa-sen",
            "summary": "В'єтнамська культура, кухня та мовний обмін у Варшаві.",
            "description": [
                "Ми організовуємо мовні вечори, кулінарні майстер-класи та святкування Тет, "
                "відкриті для всіх мешканців Варшави.",
                "Допомагаємо новоприбулим із В'єтнаму освоїтися в місті.",
            ],
        },
        "en": {
            "title": "Stowarzyszenie Kultury Wietnamskiej „Hoa Sen”",
            "slug": "hoa-sen",
            "summary": "Vietnamese culture, cooking and language exchange in Warsaw.",
            "description": [
                "We organise language evenings, cooking workshops and Tết celebrations open to "
                "everyone in Warsaw.",
                "We help newcomers from Vietnam find their way in the city.",
            ],
        },
    },
    {
        "key": "bachtale",
        "voivodeships": ["slaskie"],
        "themes": ["women", "education", "anti-discrimination"],
        "languages": ["rom", "pl"],
        "website": "https://bachtale.example.org/",
        "public_email": "biuro@bachtale.example.org",
        "public_phone": "+48 32 555 04 40",
        "pl": {
            "title": "Stowarzyszenie Kobiet Romskich „Bachtałe”",
            "slug": "bachtale",
            "summary": "Romskie kobiety wspierają rodziny i szkoły na Śląsku.",
            "description": [
                "Jesteśmy grupą romskich matek i asystentek edukacyjnych z Chorzowa. Łączymy "
                "rodziny ze szkołami i przeciwdziałamy dyskryminacji.",
                "Prowadzimy spotkania dla kobiet i zajęcia odrabiania lekcji.",
            ],
        },
        "uk": {
            "title": "Stowarzyszenie Kobiet Romskich „Bachtałe”",
            "slug": "bachtale",
            "summary": "Ромські жінки підтримують родини та школи в Сілезії.",
            "description": [
                "Ми — група ромських матерів та освітніх асистенток із Хожува. Поєднуємо родини "
                "зі школами та протидіємо дискримінації.",
                "Проводимо зустрічі для жінок і заняття з виконання домашніх завдань.",
            ],
        },
        "en": {
            "title": "Stowarzyszenie Kobiet Romskich „Bachtałe”",
            "slug": "bachtale",
            "summary": "Roma women supporting families and schools in Silesia.",
            "description": [
                "We are a group of Roma mothers and school assistants from Chorzów. We bring "
                "families and schools together and work against discrimination.",
                "We run meetings for women and homework clubs.",
            ],
        },
    },
    {
        "key": "wspolne-boisko",
        "voivodeships": ["lodzkie"],
        "themes": ["youth", "integration"],
        "languages": ["pl", "ru", "ka", "ce"],
        "website": "https://wspolne-boisko.example.org/",
        "public_email": "trener@wspolne-boisko.example.org",
        "public_phone": "+48 42 555 05 50",
        "pl": {
            "title": "Fundacja „Wspólne Boisko”",
            "slug": "wspolne-boisko",
            "summary": "Piłka nożna i zajęcia integracyjne dla młodzieży w Łodzi.",
            "description": [
                "Trenujemy razem młodzież z Czeczenii, Gruzji, Ukrainy i Polski. Sport jest dla "
                "nas sposobem na przyjaźń i naukę języka.",
                "Szukamy wolontariuszy i partnerów do wyjazdów na turnieje.",
            ],
        },
        "uk": {
            "title": "Fundacja „Wspólne Boisko”",
            "slug": "spilne-pole",
            "summary": "Футбол та інтеграційні заняття для молоді в Лодзі.",
            "description": [
                "Ми тренуємо разом молодь із Чечні, Грузії, України та Польщі. Спорт для нас — "
                "спосіб дружити й вивчати мову.",
                "Шукаємо волонтерів і партнерів для поїздок на турніри.",
            ],
        },
        "en": {
            "title": "Fundacja „Wspólne Boisko”",
            "slug": "wspolne-boisko",
            "summary": "Football and integration activities for young people in Łódź.",
            "description": [
                "We train young people from Chechnya, Georgia, Ukraine and Poland together. For "
                "us sport is a way to make friends and learn the language.",
                "We are looking for volunteers and partners for trips to tournaments.",
            ],
        },
    },
    {
        "key": "hayastan",
        "voivodeships": ["dolnoslaskie", "lubelskie"],
        "themes": ["culture", "legal-aid", "labour"],
        "languages": ["hy", "ru", "pl"],
        "website": "https://hayastan.example.org/",
        "public_email": "barev@hayastan.example.org",
        "public_phone": "",
        "pl": {
            "title": "Fundacja Ormiańska „Hajastan”",
            "slug": "hajastan",
            "summary": "Ormiańska społeczność Wrocławia i Lublina: kultura i doradztwo zawodowe.",
            "description": [
                "Łączymy ormiańską mniejszość o długiej historii w Polsce z nowymi migrantami "
                "z Armenii.",
                "Prowadzimy doradztwo zawodowe, koncerty i lekcje języka ormiańskiego.",
            ],
        },
        "uk": {
            "title": "Fundacja Ormiańska „Hajastan”",
            "slug": "haiastan",
            "summary": "Вірменська громада Вроцлава та Любліна: культура та професійне "
            "консультування.",
            "description": [
                "Ми поєднуємо вірменську меншину з довгою історією в Польщі з новими мігрантами "
                "з Вірменії.",
                "Проводимо професійні консультації, концерти та уроки вірменської мови.",
            ],
        },
        "en": {
            "title": "Fundacja Ormiańska „Hajastan”",
            "slug": "hajastan",
            "summary": "The Armenian community of Wrocław and Lublin: culture and career advice.",
            "description": [
                "We bring together the Armenian minority, with its long history in Poland, and "
                "new migrants from Armenia.",
                "We offer career advice, concerts and Armenian lessons.",
            ],
        },
    },
]

# Which demo stories and events each organisation stands behind.
STORY_ORGANISATIONS = {
    "saturday-school-krakow": "dzwinoczok",
    "legal-helpline-bialystok": "bialorus-blizej",
    "cook-and-talk-warsaw": "hoa-sen",
    "roma-women-chorzow": "bachtale",
    "youth-football-lodz": "wspolne-boisko",
}
EVENT_ORGANISATIONS = {
    "networking-wroclaw": "hayastan",
    "legal-aid-migrants": "bialorus-blizej",
}
