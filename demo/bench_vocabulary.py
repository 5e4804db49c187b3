"""Words for the benchmark's generated content (`manage.py bench_data`).

Each list exists in Polish, Ukrainian and English with the same length and order, so that one
random "recipe" (a tuple of positions) renders the same page in every language, and a Polish
page's strings can be paired with their translations for wagtail-localize. Proper names (streets,
funders) are the same in every language and kept outside the language dictionaries.
"""

LANGUAGES = ("pl", "uk", "en")

# Voivodeship code → its largest city, in each language.
CITIES = {
    "dolnoslaskie": ("Wrocław", "Вроцлав", "Wrocław"),
    "kujawsko-pomorskie": ("Bydgoszcz", "Бидгощ", "Bydgoszcz"),
    "lubelskie": ("Lublin", "Люблін", "Lublin"),
    "lubuskie": ("Zielona Góra", "Зелена Гура", "Zielona Góra"),
    "lodzkie": ("Łódź", "Лодзь", "Łódź"),
    "malopolskie": ("Kraków", "Краків", "Krakow"),
    "mazowieckie": ("Warszawa", "Варшава", "Warsaw"),
    "opolskie": ("Opole", "Ополе", "Opole"),
    "podkarpackie": ("Rzeszów", "Ряшів", "Rzeszów"),
    "podlaskie": ("Białystok", "Білосток", "Białystok"),
    "pomorskie": ("Gdańsk", "Гданськ", "Gdańsk"),
    "slaskie": ("Katowice", "Катовиці", "Katowice"),
    "swietokrzyskie": ("Kielce", "Кельце", "Kielce"),
    "warminsko-mazurskie": ("Olsztyn", "Ольштин", "Olsztyn"),
    "wielkopolskie": ("Poznań", "Познань", "Poznań"),
    "zachodniopomorskie": ("Szczecin", "Щецин", "Szczecin"),
}

STREETS = ["Długa", "Kwiatowa", "Ogrodowa", "Szkolna", "Lipowa", "Polna", "Leśna", "Słoneczna"]

EVENT_KINDS = {
    "pl": ["Spotkanie informacyjne", "Warsztaty", "Dyżur prawny", "Webinarium", "Spotkanie"],
    "uk": ["Інформаційна зустріч", "Майстер-клас", "Юридична консультація", "Вебінар", "Зустріч"],
    "en": ["Information meeting", "Workshop", "Legal advice session", "Webinar", "Meeting"],
}

TOPICS = {
    "pl": [
        "legalizacja pobytu",
        "prawo pracy",
        "szkoła i przedszkole",
        "zdrowie psychiczne",
        "zakładanie firmy",
        "język polski na co dzień",
        "wynajem mieszkania",
        "prawa kobiet",
        "przeciwdziałanie dyskryminacji",
        "dokumenty dla dzieci",
        "wolontariat",
        "finanse małej organizacji",
    ],
    "uk": [
        "легалізація перебування",
        "трудове право",
        "школа і дитячий садок",
        "психічне здоров’я",
        "відкриття бізнесу",
        "польська мова щодня",
        "оренда житла",
        "права жінок",
        "протидія дискримінації",
        "документи для дітей",
        "волонтерство",
        "фінанси малої організації",
    ],
    "en": [
        "residence permits",
        "employment law",
        "school and nursery",
        "mental health",
        "starting a business",
        "everyday Polish",
        "renting a flat",
        "women's rights",
        "countering discrimination",
        "documents for children",
        "volunteering",
        "finances of a small organisation",
    ],
}

SENTENCES = {
    "pl": [
        "Zapraszamy wszystkie osoby, które niedawno przyjechały do Polski.",
        "Spotkanie poprowadzą doświadczone osoby z organizacji członkowskich koalicji.",
        "Będzie czas na pytania i rozmowę w małych grupach.",
        "Udział jest bezpłatny, ale liczba miejsc jest ograniczona.",
        "Materiały przygotowaliśmy w kilku językach.",
        "Dzielimy się doświadczeniem z pracy w społecznościach migranckich.",
        "Opowiadamy, co udało się zrobić w ostatnim roku.",
        "Projekt powstał dzięki wsparciu wolontariuszek i wolontariuszy.",
        "Szukamy partnerów do wspólnych działań w regionie.",
        "Zachęcamy do kontaktu organizacje z mniejszych miejscowości.",
    ],
    "uk": [
        "Запрошуємо всіх, хто нещодавно приїхав до Польщі.",
        "Зустріч проведуть досвідчені люди з організацій-членів коаліції.",
        "Буде час на запитання та розмову в малих групах.",
        "Участь безкоштовна, але кількість місць обмежена.",
        "Матеріали ми підготували кількома мовами.",
        "Ділимося досвідом роботи в мігрантських спільнотах.",
        "Розповідаємо, що вдалося зробити за останній рік.",
        "Проєкт створено завдяки підтримці волонтерок і волонтерів.",
        "Шукаємо партнерів для спільних дій у регіоні.",
        "Заохочуємо до контакту організації з менших населених пунктів.",
    ],
    "en": [
        "Everyone who has recently come to Poland is welcome.",
        "The meeting is led by experienced people from the coalition's member organisations.",
        "There will be time for questions and conversation in small groups.",
        "Taking part is free, but places are limited.",
        "We have prepared materials in several languages.",
        "We share our experience of working with migrant communities.",
        "We tell what we managed to do in the last year.",
        "The project was made possible by our volunteers.",
        "We are looking for partners for joint work in the region.",
        "We encourage organisations from smaller towns to get in touch.",
    ],
}

HEADINGS = {
    "pl": ["Dla kogo", "Czego się dowiesz", "Jak się przygotować", "O projekcie", "Co dalej"],
    "uk": ["Для кого", "Що ви дізнаєтеся", "Як підготуватися", "Про проєкт", "Що далі"],
    "en": ["Who it is for", "What you will learn", "How to prepare", "About the project", "Next"],
}

AGENDA = {
    "pl": [
        ("Powitanie", "Przedstawiamy się i mówimy o planie spotkania."),
        ("Część główna", "Najważniejsze informacje i przykłady z praktyki."),
        ("Pytania", "Odpowiadamy na pytania uczestników."),
        ("Rozmowy w grupach", "Wymiana doświadczeń w małych grupach."),
    ],
    "uk": [
        ("Привітання", "Знайомимося і розповідаємо про план зустрічі."),
        ("Основна частина", "Найважливіша інформація та приклади з практики."),
        ("Запитання", "Відповідаємо на запитання учасників."),
        ("Розмови в групах", "Обмін досвідом у малих групах."),
    ],
    "en": [
        ("Welcome", "We introduce ourselves and the plan of the meeting."),
        ("Main part", "The most important information and examples from practice."),
        ("Questions", "We answer the participants' questions."),
        ("Group conversations", "Sharing experience in small groups."),
    ],
}

VENUES = {
    "pl": ["Dom Kultury", "Biblioteka Miejska", "Centrum Wielokulturowe", "Siedziba fundacji"],
    "uk": ["Будинок культури", "Міська бібліотека", "Багатокультурний центр", "Офіс фонду"],
    "en": ["Community Centre", "City Library", "Multicultural Centre", "Foundation's office"],
}

STORY_SUBJECTS = {
    "pl": [
        "Nowa świetlica dla dzieci",
        "Kurs języka polskiego dla dorosłych",
        "Pierwszy festiwal kuchni sąsiedzkiej",
        "Punkt porad prawnych otwarty w soboty",
        "Grupa wsparcia dla matek",
        "Uczniowie uczą seniorów obsługi telefonu",
        "Wspólny ogród na osiedlu",
        "Klub pracy dla osób szukających zatrudnienia",
        "Teatr dwujęzyczny w szkole",
        "Mapa miejsc przyjaznych migrantom",
    ],
    "uk": [
        "Нова світлиця для дітей",
        "Курс польської мови для дорослих",
        "Перший фестиваль сусідської кухні",
        "Пункт юридичних консультацій працює в суботу",
        "Група підтримки для матерів",
        "Учні навчають літніх людей користуватися телефоном",
        "Спільний город у мікрорайоні",
        "Клуб для тих, хто шукає роботу",
        "Двомовний театр у школі",
        "Мапа місць, дружніх до мігрантів",
    ],
    "en": [
        "A new after-school club for children",
        "A Polish course for adults",
        "The first neighbourhood food festival",
        "Legal advice now open on Saturdays",
        "A support group for mothers",
        "Pupils teach older people to use their phones",
        "A shared garden on the estate",
        "A job club for people looking for work",
        "Bilingual theatre at school",
        "A map of migrant-friendly places",
    ],
}

TAGS = {
    "pl": ["edukacja", "integracja", "kultura", "prawo", "praca", "zdrowie", "młodzież"],
    "uk": ["освіта", "інтеграція", "культура", "право", "робота", "здоров’я", "молодь"],
    "en": ["education", "integration", "culture", "law", "work", "health", "youth"],
}

ORG_KINDS = {
    "pl": ["Fundacja", "Stowarzyszenie", "Centrum", "Inicjatywa"],
    "uk": ["Фонд", "Асоціація", "Центр", "Ініціатива"],
    "en": ["Foundation", "Association", "Centre", "Initiative"],
}

ORG_NAMES = {
    "pl": ["Wspólny Dom", "Nowy Start", "Most", "Sąsiedzi", "Otwarte Drzwi", "Razem", "Korzenie"],
    "uk": ["Спільний дім", "Новий старт", "Міст", "Сусіди", "Відчинені двері", "Разом", "Коріння"],
    "en": ["Common Home", "New Start", "Bridge", "Neighbours", "Open Door", "Together", "Roots"],
}

PROGRAMMES = {
    "pl": ["Małe granty", "Wsparcie instytucjonalne", "Działania lokalne", "Projekty partnerskie"],
    "uk": ["Малі гранти", "Інституційна підтримка", "Місцеві дії", "Партнерські проєкти"],
    "en": ["Small grants", "Institutional support", "Local action", "Partnership projects"],
}

FUNDERS = [
    "Fundusz Obywatelski",
    "EEA and Norway Grants",
    "Fundacja im. Stefana Batorego",
    "Program NOWEFIO",
    "European Social Fund Plus",
    "Swiss-Polish Cooperation Programme",
]
