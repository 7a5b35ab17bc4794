#include "core/sampledata.h"

#include "core/email.h"

#include <array>

namespace usher {

namespace {

/// Names as "native|latin" where the script is not Latin; the latin form makes the address.
struct Culture
{
    QStringList firstNames;
    QStringList lastNames;
    bool familyNameFirst;
    bool spaceBetween;
    QStringList locations;
};

QStringList split(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(','));
}

const QList<Culture>& cultures()
{
    static const QList<Culture> list = {
        {split("Daan,Sanne,Lieke,Bram,Femke,Joris,Anouk,Thijs,Noor,Sem"),
         split("de Vries,Jansen,van den Berg,Bakker,Visser,Smit,Meijer,de Boer,Mulder,van Dijk"), false, true,
         split("Amsterdam NL,Utrecht NL,Rotterdam NL,Eindhoven NL")},
        {split("Jürgen,Lena,Lukas,Sophie,Felix,Anja,Maximilian,Greta,Jonas,Käthe"),
         split("Müller,Schmidt,Schneider,Fischer,Weber,Becker,Schäfer,Koch,Hoffmann,Groß"), false, true,
         split("Berlin DE,München DE,Hamburg DE,Köln DE")},
        {split("José,María,Lucía,Alejandro,Sofía,Mateo,Valentina,Diego,Camila,Andrés"),
         split("García,Rodríguez,Martínez,López,Hernández,González,Pérez,Sánchez,Ramírez,Núñez"), false, true,
         split("Madrid ES,Barcelona ES,Ciudad de México MX,Buenos Aires AR")},
        {split("Søren,Ingrid,Åsa,Magnus,Freja,Björn,Sigrid,Henrik,Linnéa,Oskar"),
         split("Nielsen,Johansson,Andersson,Lindqvist,Hansen,Eriksson,Berg,Sørensen,Halvorsen,Åberg"), false, true,
         split("Copenhagen DK,Stockholm SE,Oslo NO,Gothenburg SE")},
        {split("Łukasz,Zofia,Wojciech,Małgorzata,Piotr,Agnieszka,Krzysztof,Katarzyna"),
         split("Nowak,Wójcik,Mazur,Krawczyk,Zając,Kaczmarek"), false, true, split("Warsaw PL,Kraków PL,Gdańsk PL")},
        {split("Ayşe,Mehmet,Elif,Emre,Zeynep,Can,Şule,Oğuz"), split("Yılmaz,Kaya,Demir,Şahin,Çelik,Öztürk"), false,
         true, split("Istanbul TR,Ankara TR,İzmir TR")},
        {split("Aarav,Priya,Rohan,Ananya,Vikram,Kavya,Arjun,Diya"),
         split("Sharma,Patel,Iyer,Reddy,Gupta,Nair,Menon,Singh"), false, true,
         split("Bengaluru IN,Mumbai IN,Pune IN,Chennai IN")},
        {split("Chinedu,Ngozi,Oluwaseun,Adaeze,Emeka,Funmilayo,Tunde,Amaka"),
         split("Okafor,Adeyemi,Okonkwo,Balogun,Eze,Nwosu,Adebayo,Obi"), false, true, split("Lagos NG,Abuja NG")},
        {split("Lan,Minh,Hương,Tuấn,Linh,Quang"), split("Nguyễn,Trần,Lê,Phạm,Hoàng,Võ"), true, true,
         split("Hà Nội VN,Hồ Chí Minh VN")},
        {split("美咲|Misaki,翔太|Shota,陽菜|Hina,蓮|Ren,結衣|Yui,大輝|Daiki"),
         split("田中|Tanaka,佐藤|Sato,鈴木|Suzuki,高橋|Takahashi,渡辺|Watanabe,伊藤|Ito"), true, true,
         split("Tokyo JP,Osaka JP")},
        {split("伟|Wei,芳|Fang,静|Jing,磊|Lei,娜|Na,强|Qiang"), split("王|Wang,李|Li,张|Zhang,刘|Liu,陈|Chen,杨|Yang"),
         true, false, split("Shanghai CN,Shenzhen CN,Singapore SG")},
        {split("민준|Minjun,서연|Seoyeon,지호|Jiho,하은|Haeun"), split("김|Kim,이|Lee,박|Park,최|Choi"), true, false,
         split("Seoul KR,Busan KR")},
        {split("محمد|Mohammed,فاطمة|Fatima,أحمد|Ahmed,ليلى|Layla,يوسف|Youssef,مريم|Maryam"),
         split("الحسن|Al-Hassan,منصور|Mansour,حداد|Haddad,خليل|Khalil,سعيد|Saeed,ناصر|Nasser"), false, true,
         split("Dubai AE,Cairo EG,Amman JO")},
        {split("Анна|Anna,Дмитро|Dmytro,Ольга|Olha,Іван|Ivan,Наталія|Nataliia,Сергій|Serhii"),
         split("Петренко|Petrenko,Коваленко|Kovalenko,Шевченко|Shevchenko,Бондаренко|Bondarenko,Ткаченко|Tkachenko,"
               "Мельник|Melnyk"),
         false, true, split("Kyiv UA,Lviv UA")},
        {split("Siobhán,Liam,Olivia,Noah,Aoife,James,Emily,Oliver"), split("O'Brien,Murphy,Smith,Taylor,Walsh,Johnson"),
         false, true, split("Dublin IE,London GB,Manchester GB,Boston US")},
    };
    return list;
}

QString nativePart(const QString& entry)
{
    return entry.section(QLatin1Char('|'), 0, 0);
}

QString latinPart(const QString& entry)
{
    return entry.contains(QLatin1Char('|')) ? entry.section(QLatin1Char('|'), 1, 1) : entry;
}

QString addressPart(const QString& latin)
{
    QString folded = asciiFolded(latin).toLower();
    folded.remove(QLatin1Char(' '));
    folded.remove(QLatin1Char('\''));
    return folded;
}

constexpr std::array<const char*, 6> devices
    = {"Windows 11", "macOS 15", "Ubuntu 24.04", "iPhone", "Android", "ChromeOS"};
constexpr std::array<const char*, 5> browsers = {"Firefox 145", "Chrome 142", "Safari 19", "Edge 142", "Usher app"};

} // namespace

SampleDataGenerator::SampleDataGenerator(quint32 seed, QDateTime now)
    : m_random(seed)
    , m_now(std::move(now))
{
}

QString SampleDataGenerator::domain()
{
    return QStringLiteral("northwind.example");
}

QList<SampleGroup> SampleDataGenerator::groups()
{
    auto perms = [](const char* list) { return QString::fromLatin1(list).split(QLatin1Char(','), Qt::SkipEmptyParts); };
    return {
        {QStringLiteral("Engineering"), QStringLiteral("Product and platform engineers"), false,
         perms("automations.edit,audit.view")},
        {QStringLiteral("Sales"), QStringLiteral("Account executives and sales engineers"), false, perms("users.view")},
        {QStringLiteral("Support"), QStringLiteral("Customer support, first and second line"), false,
         perms("users.view,users.invite")},
        {QStringLiteral("Marketing"), QStringLiteral("Brand, content and events"), false, perms("users.view")},
        {QStringLiteral("Finance"), QStringLiteral("Accounting, billing and payroll"), false,
         perms("billing.manage,audit.view")},
        {QStringLiteral("People Ops"), QStringLiteral("Hiring, onboarding and HR"), false,
         perms("users.invite,users.manage")},
        {QStringLiteral("Design"), QStringLiteral("Product design and research"), false, perms("")},
        {QStringLiteral("Legal"), QStringLiteral("Contracts, privacy and compliance"), false, perms("audit.view")},
        {QStringLiteral("Data"), QStringLiteral("Analytics and data engineering"), true, perms("audit.view")},
        {QStringLiteral("Security"), QStringLiteral("Security operations"), true,
         perms("audit.view,users.manage,groups.manage")},
        {QStringLiteral("Leadership"), QStringLiteral("Executive team"), true, perms("billing.manage,audit.view")},
        {QStringLiteral("Contractors"), QStringLiteral("External contractors with limited access"), false, perms("")},
    };
}

QString SampleDataGenerator::uniqueLocalPart(const QString& first, const QString& last)
{
    const QString base = addressPart(first) + QLatin1Char('.') + addressPart(last);
    if (!m_usedLocalParts.contains(base)) {
        m_usedLocalParts.insert(base);
        return base;
    }
    // Bases never contain digits, so base + the sequence number cannot collide with anything.
    return base + QString::number(m_index);
}

QString SampleDataGenerator::randomIp()
{
    return QStringLiteral("%1.%2.%3.%4")
        .arg(m_random.bounded(11, 223))
        .arg(m_random.bounded(256))
        .arg(m_random.bounded(256))
        .arg(m_random.bounded(1, 255));
}

SamplePerson SampleDataGenerator::next()
{
    const qint64 index = m_index++;
    // Prefer a name not used yet, so a small sample has no look-alikes; a large one repeats
    // names (as real organisations do) and tells them apart by address.
    const Culture* culture = nullptr;
    QString firstEntry;
    QString lastEntry;
    for (int attempt = 0; attempt < 6; ++attempt) {
        culture = &cultures().at(m_random.bounded(int(cultures().size())));
        firstEntry = culture->firstNames.at(m_random.bounded(int(culture->firstNames.size())));
        lastEntry = culture->lastNames.at(m_random.bounded(int(culture->lastNames.size())));
        const QString base = addressPart(latinPart(firstEntry)) + QLatin1Char('.') + addressPart(latinPart(lastEntry));
        if (!m_usedLocalParts.contains(base)) {
            break;
        }
    }

    SamplePerson person;
    Account& account = person.account;
    account.firstName = nativePart(firstEntry);
    account.lastName = nativePart(lastEntry);
    const QString separator = culture->spaceBetween ? QStringLiteral(" ") : QString();
    account.displayName = culture->familyNameFirst ? account.lastName + separator + account.firstName
                                                   : account.firstName + separator + account.lastName;
    account.email = uniqueLocalPart(latinPart(firstEntry), latinPart(lastEntry)) + QLatin1Char('@') + domain();

    Membership& member = person.membership;
    const QList<Role> roles = allRoles();
    const QList<Status> statuses = allStatuses();
    if (index < roles.size()) {
        // The first people cover every role, all active; the first two are Admins.
        member.role = index < 2 ? Role::Admin : roles.at(int(index));
        member.status = Status::Active;
    } else {
        const int r = m_random.bounded(1000);
        member.role = r < 15 ? Role::Admin
            : r < 60         ? Role::Manager
            : r < 200        ? Role::Editor
            : r < 280        ? Role::Monitor
            : r < 310        ? Role::Helpdesk
                             : Role::Member;
        if (index < roles.size() + statuses.size()) {
            member.status = statuses.at(int(index - roles.size()));
        } else {
            const int s = m_random.bounded(100);
            member.status = s < 78 ? Status::Active
                : s < 88           ? Status::Invited
                : s < 96           ? Status::Disabled
                                   : Status::Deleted;
        }
    }
    const int src = m_random.bounded(100);
    member.source = member.status == Status::Invited ? Source::Invite
        : src < 40                                   ? Source::Invite
        : src < 60                                   ? Source::Signup
        : src < 78                                   ? Source::Sso
        : src < 90                                   ? Source::DirectorySync
        : src < 96                                   ? Source::Import
                                                     : Source::Manual;

    constexpr qint64 day = 24 * 3600;
    if (member.status == Status::Invited) {
        // Pending invitations from the last three weeks: some fresh, some past the 14-day expiry.
        member.joinedAt = m_now.addSecs(-m_random.bounded(21 * day));
    } else {
        member.joinedAt = m_now.addSecs(-(30 * day + m_random.bounded(3 * 365 * day)));
        // Half the active people were seen this month, the rest over the year; some never came back.
        qint64 ago = m_random.bounded(100) < 50 ? m_random.bounded(30 * day) : m_random.bounded(365 * day);
        if (member.status == Status::Disabled || member.status == Status::Deleted) {
            ago += 60 * day;
        }
        QDateTime seen = m_now.addSecs(-ago);
        if (seen < member.joinedAt) {
            seen = member.joinedAt.addSecs(m_random.bounded(day));
        }
        member.lastSeenAt = seen;
        if (member.status == Status::Deleted) {
            member.deletedAt = m_now.addSecs(-m_random.bounded(29 * day));
        }
    }
    account.createdAt = member.joinedAt;

    const int groupCount = m_random.bounded(4);
    const int totalGroups = int(groups().size());
    for (int g = 0; g < groupCount; ++g) {
        const int pick = m_random.bounded(totalGroups);
        if (!person.groupIndexes.contains(pick)) {
            person.groupIndexes.append(pick);
        }
    }

    if (member.lastSeenAt.isValid()) {
        const QString location = culture->locations.at(m_random.bounded(int(culture->locations.size())));
        const QString device = QString::fromLatin1(devices[m_random.bounded(int(devices.size()))]);
        const QString browser = QString::fromLatin1(browsers[m_random.bounded(int(browsers.size()))]);
        const QString ip = randomIp();
        const int loginCount = 1 + m_random.bounded(3);
        QDateTime at = member.lastSeenAt;
        for (int i = 0; i < loginCount && at > member.joinedAt; ++i) {
            const bool failed = m_random.bounded(12) == 0;
            person.logins.append({at, ip, device, browser, location, !failed});
            at = at.addSecs(-m_random.bounded(1, 20 * day));
        }
        if (member.status == Status::Active && member.lastSeenAt > m_now.addSecs(-14 * day)) {
            person.sessions.append(
                {member.lastSeenAt.addSecs(-m_random.bounded(day)), member.lastSeenAt, ip, device, browser, location});
        }
    }
    return person;
}

} // namespace usher
