using Corroborate.Analysis;
using Corroborate.Domain;

namespace Corroborate.Tests.Analysis;

/// <summary>Wire copy: datelines, sports reports' results and tables, venues.</summary>
public sealed partial class NameRecognizerTests
{
    private static MentionKind? KindOf(AnalyzedDocument doc, string text) =>
        doc.Mentions.FirstOrDefault(m => m.IsName && m.Text == text)?.Kind;

    [Theory]
    [InlineData("BONN 1996-08-22\n\nThe ministers met on Thursday and agreed to meet again.", "BONN")]
    [InlineData("JOHANNESBURG 1997-03-15\n\nThe rand firmed against the dollar on Friday.", "JOHANNESBURG")]
    [InlineData("AL-AIN, United Arab Emirates 1996-12-06\n\nThe hosts were held to a draw.", "AL-AIN")]
    [InlineData("GENEVA, March 3 (AP) — The talks resumed on Monday after a week's pause.", "GENEVA")]
    [InlineData("КИЕВ, 3 марта /ТАСС/. Переговоры возобновились в понедельник.", "КИЕВ", "ru")]
    public void Annotate_DatelinePlaceInCapitals_IsAPlace(string text, string place, string lang = "en")
    {
        var doc = Analyze(text, lang);

        Assert.Equal(MentionKind.Place, KindOf(doc, place));
    }

    [Fact]
    public void Annotate_LineOpeningWithAPersonAndADate_IsNoDateline()
    {
        var doc = Analyze("Chancellor Kohl, March 3 (AP) — the talks resumed on Monday.");

        Assert.NotEqual(MentionKind.Place, KindOf(doc, "Kohl"));
    }

    [Fact]
    public void Annotate_ResultsLine_TeamsAreClubsAndCountriesPlaces()
    {
        var doc = Analyze("Results on Saturday:\n\nLeeds 3 Everton 1\nAston Villa 1 Coventry 2\nJapan 2 Syria 1\nWales 16 France 24\n");

        Assert.Equal(MentionKind.Organization, KindOf(doc, "Leeds"));
        Assert.Equal(MentionKind.Organization, KindOf(doc, "Everton"));
        Assert.Equal(MentionKind.Organization, KindOf(doc, "Aston Villa"));
        Assert.Equal(MentionKind.Organization, KindOf(doc, "Coventry"));
        Assert.Equal(MentionKind.Place, KindOf(doc, "Japan"));
        Assert.Equal(MentionKind.Place, KindOf(doc, "Syria"));
        Assert.Equal(MentionKind.Place, KindOf(doc, "Wales"));
    }

    [Fact]
    public void Annotate_TableRow_TeamIsAClub()
    {
        var doc = Analyze("Standings after Sunday's games:\n\nNewcastle 12 8 3 1 24 10 27\nSheffield Wednesday 12 7 3 2 18 12 24\n");

        Assert.Equal(MentionKind.Organization, KindOf(doc, "Newcastle"));
        Assert.Equal(MentionKind.Organization, KindOf(doc, "Sheffield Wednesday"));
    }

    [Fact]
    public void Annotate_GolferAndRounds_StaysAPerson()
    {
        var doc = Analyze("Leading scores after four rounds:\n\nColin Montgomerie 68 66 70 69\n");

        Assert.Equal(MentionKind.Person, KindOf(doc, "Colin Montgomerie"));
    }

    [Theory]
    [InlineData("The striker scored twice as Aston Villa won at home.", "Aston Villa")]
    [InlineData("Dynamo Kyiv beat Shakhtar Donetsk in the cup final.", "Dynamo Kyiv")]
    public void Annotate_ClubByItsFullName_IsAnOrganization(string text, string club)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Organization, KindOf(doc, club));
    }

    [Theory]
    [InlineData("A crowd of 23,000 watched the match at the Millennium Stadium on Saturday.", "Millennium Stadium")]
    [InlineData("Italy lost at the Stadio Flaminio in front of a full house.", "Stadio Flaminio")]
    public void Annotate_VenueByItsHead_IsAPlace(string text, string venue)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Place, KindOf(doc, venue));
    }

    [Fact]
    public void Annotate_RiderWithNationAndTeam_TeamIsAnOrganization()
    {
        var doc = Analyze("Overall standings:\n\n1. Pedro Almeida (Portugal) Viamar 12 hours 4 minutes\n2. Tomas Berg (Norway) Fjordline same time\n");

        Assert.Equal(MentionKind.Organization, KindOf(doc, "Viamar"));
        Assert.Equal(MentionKind.Organization, KindOf(doc, "Fjordline"));
        Assert.Equal(MentionKind.Place, KindOf(doc, "Norway"));
    }

    [Fact]
    public void Annotate_WeekdayAfterANationInBrackets_IsNoTeam()
    {
        var doc = Analyze("The envoy Tomas Berg (Norway) Monday met the delegations.");

        Assert.Null(KindOf(doc, "Monday"));
    }

    [Theory]
    [InlineData("RUGBY UNION - IRELAND BEAT ITALY IN ROME", "RUGBY UNION")]
    [InlineData("ICE HOCKEY - CANADA BEAT SWEDEN IN FINAL", "ICE HOCKEY")]
    public void Annotate_SportLabellingAHeadline_IsNoName(string text, string label)
    {
        var doc = Analyze(text);

        Assert.DoesNotContain(doc.Mentions, m => m.IsName && m.Text.Contains(label.Split(' ')[1], StringComparison.Ordinal));
    }

    [Fact]
    public void Annotate_VersusBetweenTeamsInCapitals_SeparatesThem()
    {
        var doc = Analyze("CRICKET - ENGLAND V PAKISTAN SCOREBOARD");

        Assert.Equal(MentionKind.Place, KindOf(doc, "ENGLAND"));
        Assert.Equal(MentionKind.Place, KindOf(doc, "PAKISTAN"));
    }

    [Fact]
    public void Annotate_VillagesOfTwoUnknownNames_BothPlaces()
    {
        var doc = Analyze("The fighting centred on the villages of Varkhani and Dzmuli north of the town.");

        Assert.Equal(MentionKind.Place, KindOf(doc, "Varkhani"));
        Assert.Equal(MentionKind.Place, KindOf(doc, "Dzmuli"));
    }

    [Fact]
    public void Annotate_PersonByTheTaggerAfterInWhereThePlaceIsNamedWithAnApostrophe_IsThePlace()
    {
        var doc = Analyze("The separatist leadership in Tskhinvali said the shooting had stopped.");

        Assert.Equal(MentionKind.Place, KindOf(doc, "Tskhinvali"));
    }

    [Theory]
    [InlineData("Norway play Denmark at Ullevaal on Sunday.", "Ullevaal")]
    [InlineData("Norway coach Ola Berntsen said his side had played well.", "Norway")]
    public void Annotate_NameBeforeADayOrAnOfficeInLowerCase_EndsThere(string text, string name)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Place, KindOf(doc, name));
    }

    [Fact]
    public void Annotate_NationalityOfTwoWordsOpeningASentence_IsNoPlace()
    {
        var doc = Analyze("South African shares fell, tracking weaker markets in Asia.");

        Assert.DoesNotContain(doc.Mentions, m => m.IsName && m.Text.StartsWith("South", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Nordbrau NV was interested too.", "Nordbrau NV", "Nordbrau")]
    [InlineData("Shares of Vestbryg A/S rose on Monday.", "Vestbryg A/S", "Vestbryg")]
    [InlineData("Keller & Sohn Plc declined to comment.", "Keller & Sohn Plc", "Keller & Sohn")]
    [InlineData("The bid from Fjellstad ASA came late.", "Fjellstad ASA", "Fjellstad")]
    public void Annotate_NameAndItsLegalFormWithoutAComma_OneBodyNamedWithoutTheForm(string text, string name, string normal)
    {
        var doc = Analyze(text);

        var body = Assert.Single(doc.Mentions, m => m.IsName && m.Text == name);
        Assert.Equal(MentionKind.Organization, body.Kind);
        Assert.Equal(normal, body.Normal);
    }

    [Fact]
    public void Annotate_ScorersInBracketsAfterAScore_ArePersons()
    {
        var doc = Analyze("Results:\n\nVorskla Poltava 2 (Hlushko 14, 61) Metalurh Zaporizhya 1 (Tkachuk pen 38)\n");

        Assert.Equal(MentionKind.Person, KindOf(doc, "Hlushko"));
        Assert.Equal(MentionKind.Person, KindOf(doc, "Tkachuk"));
        Assert.Equal(MentionKind.Organization, KindOf(doc, "Vorskla Poltava"));
    }

    [Fact]
    public void Annotate_StandingsWithPercentagesAndGamesBehind_CitiesAreClubsThroughoutTheStory()
    {
        var doc = Analyze("Sosa had three hits for Chicago in a win at Houston.\n\nStandings:\n\nHouston 72 45 .615 -\nChicago 66 53 .555 7\nMilwaukee 57 61 .483 15 1/2\n");

        Assert.All(doc.Mentions.Where(m => m.Text is "Chicago" or "Houston" or "Milwaukee"), m => Assert.Equal(MentionKind.Organization, m.Kind));
        Assert.Equal(5, doc.Mentions.Count(m => m.Text is "Chicago" or "Houston" or "Milwaukee"));
    }

    [Fact]
    public void Annotate_StateNameInResults_IsATeamNotANation()
    {
        var doc = Analyze("Results:\n\nNew York 1 Toronto 4\n");

        Assert.Equal(MentionKind.Organization, KindOf(doc, "New York"));
    }

    [Fact]
    public void Annotate_TeamNicknamesInASportsStory_AreTeams()
    {
        var doc = Analyze("BASKETBALL - BULLS BEAT KNICKS\n\nThe Knicks lost again as the Orlando Magic won.\n\nChicago 102 New York 95\n");

        Assert.Equal(MentionKind.Organization, KindOf(doc, "BULLS"));
        Assert.Equal(MentionKind.Organization, KindOf(doc, "Knicks"));
        Assert.Equal(MentionKind.Organization, KindOf(doc, "Orlando Magic"));
    }

    [Fact]
    public void Annotate_NicknameOutsideASportsStory_IsNoTeam()
    {
        var doc = Analyze("The Jets flew over the city as the Cardinals met in Rome.");

        Assert.Null(KindOf(doc, "Jets"));
    }

    [Theory]
    [InlineData("Ministers of OPEC meet in Vienna next week.", "OPEC")]
    [InlineData("Major League Baseball said attendance had passed 50 million.", "Major League Baseball")]
    [InlineData("The Organisation for Security and Cooperation in Europe sent monitors.", "Organisation for Security and Cooperation in Europe")]
    public void Annotate_InternationalBody_IsAnOrganization(string text, string body)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Organization, KindOf(doc, body));
    }

    [Theory]
    [InlineData("The delegation flew on to St. Louis after the talks.", "St. Louis")]
    [InlineData("Ash still rose from Mount St. Helens on Friday.", "Mount St. Helens")]
    public void Annotate_SaintsNameOfAPlace_IsOnePlace(string text, string place)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Place, KindOf(doc, place));
    }

    [Fact]
    public void Annotate_LeagueInASportsStory_IsACompetitionNoBody()
    {
        var doc = Analyze("BASEBALL - RESULTS\n\nDetroit 5 Cleveland 2\n\nIn the National League, Rivera homered twice.\nDetroit lead the American League East by six games.\n");

        Assert.Equal(OtherKind.Event, doc.Others.FirstOrDefault(o => o.Text == "National League")?.Kind);
        Assert.Equal(OtherKind.Event, doc.Others.FirstOrDefault(o => o.Text == "American League East")?.Kind);
        Assert.DoesNotContain(doc.Mentions, m => m.Text.Contains("League", StringComparison.Ordinal));
    }

    [Fact]
    public void Annotate_LeagueOutsideSports_StaysABody()
    {
        var doc = Analyze("The Arab League met in Cairo on Monday to discuss the ceasefire.");

        Assert.Equal(MentionKind.Organization, KindOf(doc, "Arab League"));
    }

    [Fact]
    public void Annotate_ClubByTheFirstWordOfItsResultsName_IsTheClub()
    {
        var doc = Analyze("SOCCER - LEAGUE SUMMARY\n\nZorya were held at home, and Dynamo were never in danger.\n\nResults:\n\nZorya Luhansk 1 Vorskla Poltava 1\nDynamo Kiev 3 Kolos Kovalivka 0\n");

        Assert.Equal(MentionKind.Organization, KindOf(doc, "Zorya"));
        Assert.Equal(MentionKind.Organization, KindOf(doc, "Dynamo"));
    }

    [Theory]
    [InlineData("Shelling resumed north of the regional capital Tskhinvali on Friday.", "Tskhinvali")]
    [InlineData("Thursday's stage takes the riders 190 km from Saint-Etienne to Sisteron.", "Sisteron")]
    public void Annotate_PlaceByItsSettlementWordOrAsAWaysEnd_IsAPlace(string text, string place)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Place, KindOf(doc, place));
    }

    [Theory]
    [InlineData("General Motors Corp said on Friday its third-quarter profit rose.", "General Motors Corp")]
    [InlineData("Analysts at Merrill Lynch & Co said the results beat expectations.", "Merrill Lynch & Co")]
    [InlineData("Moody's Investors Service cut the rating on Monday.", "Moody's Investors Service")]
    [InlineData("Standard & Poor's raised its outlook for the bank.", "Standard & Poor's")]
    [InlineData("Analysts at Credit Suisse First Boston said so.", "Credit Suisse First Boston")]
    [InlineData("A spokesman for Netanyahu's Likud party told reporters on Friday.", "Likud")]
    public void Annotate_CompanyOrPartyInWireCopy_IsAnOrganization(string text, string name)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Organization, KindOf(doc, name));
    }

    [Fact]
    public void Annotate_GeneralBeforeAPerson_StaysATitle()
    {
        var doc = Analyze("General Wesley Clark said the troops would stay.");

        Assert.Equal(MentionKind.Person, KindOf(doc, "Wesley Clark"));
    }

    [Fact]
    public void Annotate_LeadersGovernmentInAHeadline_IsTheLeader()
    {
        var doc = Analyze("CLINTON ADMINISTRATION WARNS IRAQ OVER KURDS\n\nWASHINGTON 1996-08-30\n\nThe Clinton administration warned Iraq on Friday.\n");

        Assert.Equal(MentionKind.Person, KindOf(doc, "CLINTON"));
    }

    [Fact]
    public void Annotate_ClubByOneWordInASportsStory_IsTheClub()
    {
        var doc = Analyze("SOCCER - DUTCH CLUBS WIN\n\nAMSTERDAM 1996-09-10\n\nAjax beat Schalke 2-0 on Tuesday, while Feyenoord drew in Rotterdam.\n");

        Assert.Equal(MentionKind.Organization, KindOf(doc, "Ajax"));
        Assert.Equal(MentionKind.Organization, KindOf(doc, "Feyenoord"));
        Assert.Equal(MentionKind.Place, KindOf(doc, "Rotterdam"));
    }

    [Fact]
    public void Annotate_ClubNamedLikeAPersonInASportsStory_IsTheClub()
    {
        var doc = Analyze("SOCCER - LONDON DERBY\n\nLONDON 1996-12-07\n\nRuud Gullit, Chelsea's player-manager, said his side had played badly.\n");

        Assert.Equal(MentionKind.Organization, KindOf(doc, "Chelsea"));
    }

    [Theory]
    [InlineData("The Foreign Ministry said on Friday that talks would resume.", "Foreign Ministry", MentionKind.Organization)]
    [InlineData("Cantona scored the winner at Old Trafford on Saturday.", "Old Trafford", MentionKind.Place)]
    [InlineData("Shearer scored twice at St James' Park on Saturday.", "St James' Park", MentionKind.Place)]
    [InlineData("He bought shares in McDonald's Corp on Monday.", "McDonald's Corp", MentionKind.Organization)]
    [InlineData("Arsenal's French coach Arsene Wenger signed the midfielder.", "Arsenal", MentionKind.Organization)]
    public void Annotate_NameWithAnOpenerOrAPossessive_WholeName(string text, string name, MentionKind kind)
    {
        var doc = Analyze(text);

        Assert.Equal(kind, KindOf(doc, name));
    }

    [Theory]
    [InlineData("Dutch striker Ruud Gullit joined the club on Monday.", "Ruud Gullit")]
    [InlineData("In the final Goran Ivanisevic served 21 aces.", "Goran Ivanisevic")]
    [InlineData("MOSCOW, Nov 8 (Reuters) - Top seed Yevgeny Kafelnikov reached the final on Saturday.", "Yevgeny Kafelnikov")]
    [InlineData("Georgian Kakha Kaladze scored twice for Dinamo Tbilisi.", "Kakha Kaladze")]
    [InlineData("De Silva and Gurusinha added 63. Aravinda de Silva hit an unbeaten 138 on the first day.", "Aravinda de Silva")]
    [InlineData("The side was led by Rafael van der Vaart on Sunday.", "Rafael van der Vaart")]
    public void Annotate_ForeignPersonsName_IsOnePersonWithoutTheNationality(string text, string person)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Person, KindOf(doc, person));
        Assert.DoesNotContain(doc.Mentions, m => m.IsName && m.Text != person && (person.Contains(m.Text, StringComparison.Ordinal) || m.Text.Contains(person, StringComparison.Ordinal)));
    }

    [Fact]
    public void Annotate_HeadlineWithAParticleInCapitals_SurnameKeepsItsParticle()
    {
        var doc = Analyze("CRICKET - DE SILVA HUNDRED LIFTS HOSTS\n\nCOLOMBO 1996-08-26\n\nAravinda de Silva hit an unbeaten 138. De Silva batted for five hours.\n");

        Assert.Equal(MentionKind.Person, KindOf(doc, "DE SILVA"));
    }

    [Fact]
    public void Annotate_CompanyNamedInFullThenByItsFirstWord_EveryMentionIsTheCompany()
    {
        var doc = Analyze("HALVORSEN PROFIT RISES\n\nOSLO, Oct 15 (Reuter) - Halvorsen Electronics ASA said on Tuesday its profit rose. "
                          + "Halvorsen holds 40 percent of the venture, and analysts expect Halvorsen to raise its dividend.");

        var mentions = doc.Mentions.Where(m => m.IsName && m.Text.StartsWith("Halvorsen", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.Equal(4, mentions.Count);
        Assert.All(mentions, m => Assert.Equal(MentionKind.Organization, m.Kind));
    }

    [Fact]
    public void Annotate_PersonNamedLikeTheCompany_StaysAPerson()
    {
        var doc = Analyze("Halvorsen Electronics ASA was founded by Lars Halvorsen. Halvorsen said he would retire.");

        Assert.Equal(MentionKind.Person, doc.Mentions.Last(m => m.IsName && m.Text == "Halvorsen").Kind);
    }

    [Fact]
    public void Annotate_AbbreviatedLegalFormBeforeOfAndACountry_CompanyEndsAtItsForm()
    {
        var doc = Analyze("Rivals Kestrel Corp of Japan and France's Valmont SA report next month.");

        Assert.Equal(MentionKind.Organization, KindOf(doc, "Kestrel Corp"));
        Assert.Equal(MentionKind.Place, KindOf(doc, "Japan"));
    }

    [Theory]
    [InlineData("Talks resumed in Dar es Salaam on Monday.", "Dar es Salaam")]
    [InlineData("The fair opened in Frankfurt am Main on Monday.", "Frankfurt am Main")]
    public void Annotate_PlaceWhoseNameHoldsLowerCaseWords_IsOnePlace(string text, string place)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Place, KindOf(doc, place));
    }

    [Theory]
    [InlineData("Shares fell on the Vienna Stock Exchange on Monday.", "Vienna Stock Exchange")]
    [InlineData("Zivnostenska Banka reported higher profits.", "Zivnostenska Banka")]
    [InlineData("An analyst at Hoare Fleming Securities said the shares were cheap.", "Hoare Fleming Securities")]
    public void Annotate_ExchangeBankOrBroker_IsABody(string text, string body)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Organization, KindOf(doc, body));
    }

    [Fact]
    public void Annotate_TitleOfAMullah_StaysOutsideTheName()
    {
        var doc = Analyze("Taliban commander Mullah Abdul Rahim said the prisoners would be freed.");

        Assert.Equal(MentionKind.Person, KindOf(doc, "Abdul Rahim"));
    }

    [Fact]
    public void Annotate_TwoClubsJoinedByAndInASportsStory_AreTwoClubs()
    {
        var doc = Analyze("NHL RESULTS\n\nNEW YORK 1997-02-09\n\nResults on Saturday:\n\nDetroit 2 Dallas 2\nBoston 3 Hartford 1\n\n"
                          + "Detroit and Dallas tied 2-2. In Boston, the home side won easily.\n");

        Assert.Equal(2, doc.Mentions.Count(m => m.IsName && m.Text == "Detroit" && m.Kind == MentionKind.Organization));
        Assert.Equal(2, doc.Mentions.Count(m => m.IsName && m.Text == "Dallas" && m.Kind == MentionKind.Organization));
        Assert.Equal(MentionKind.Place, doc.Mentions.Last(m => m.IsName && m.Text == "Boston").Kind);
    }

    [Fact]
    public void Annotate_VenueEndingInGarden_IsAPlace()
    {
        var doc = Analyze("The Rangers lost at Madison Square Garden on Sunday.");

        Assert.Equal(MentionKind.Place, KindOf(doc, "Madison Square Garden"));
    }

    [Fact]
    public void Annotate_CricketScorecard_BatsmenFieldersAndBowlersArePersons()
    {
        var doc = Analyze("Zimbabwe first innings\n\nG. Flower c Moin Khan b Wasim Akram 12\nA. Campbell lbw b Waqar Younis 34\n"
                          + "D. Houghton not out 20\nExtras (lb-4 nb-3) 7\n\nBowling: Wasim Akram 20-5-45-2, Waqar Younis 18-3-60-1 (nb-2)\n");

        foreach (var player in new[] { "G. Flower", "Moin Khan", "A. Campbell", "D. Houghton" })
            Assert.Equal(MentionKind.Person, KindOf(doc, player));
        Assert.Equal(2, doc.Mentions.Count(m => m.IsName && m.Text == "Wasim Akram" && m.Kind == MentionKind.Person));
        Assert.DoesNotContain(doc.Mentions, m => m.IsName && m.Text is "Extras" or "Bowling");
    }

    [Fact]
    public void Annotate_GivenNameBeforeAFeaturesWord_IsAPersonAlsoInTheHeadline()
    {
        var doc = Analyze("MOTOR RACING - HILL TAKES POLE\n\nSUZUKA, Japan 1996-10-12\n\nDamon Hill of Britain took pole position on Saturday.\n");

        Assert.Equal(MentionKind.Person, KindOf(doc, "Damon Hill"));
        Assert.Equal(MentionKind.Person, KindOf(doc, "HILL"));
    }

    [Fact]
    public void Annotate_ClubWithAShortPrefixThenItsLastWord_IsTheClub()
    {
        var doc = Analyze("SOCCER - BUNDESLIGA SUMMARY\n\nBONN 1996-09-14\n\nBayern went top with a 3-1 win over VfB Stuttgart, for whom Fredi Bobic replied. "
                          + "Stuttgart play again on Tuesday.\n");

        Assert.Equal(MentionKind.Organization, KindOf(doc, "Stuttgart"));
    }

    [Fact]
    public void Annotate_ResultsLineWithHalftimeAndAttendance_ScorersArePersons()
    {
        var doc = Analyze("Results:\n\nPSV Eindhoven 3 (Nilis 12, Jonk 56, Cocu 80) Fortuna Sittard 0. Halftime 1-0. Attendance 28,500.\n");

        foreach (var scorer in new[] { "Nilis", "Jonk", "Cocu" })
            Assert.Equal(MentionKind.Person, KindOf(doc, scorer));
        Assert.Equal(MentionKind.Organization, KindOf(doc, "Fortuna Sittard"));
    }

    [Fact]
    public void Annotate_TennisMatchInAResultsLine_PlayersBeforeTheirCountriesArePersons()
    {
        var doc = Analyze("Women's singles\n\n2 - Monica Seles (U.S.) beat Dally Randriantefy (Madagascar) 6-0 6-2\n");

        Assert.Equal(MentionKind.Person, KindOf(doc, "Monica Seles"));
        Assert.Equal(MentionKind.Person, KindOf(doc, "Dally Randriantefy"));
        Assert.Equal(MentionKind.Place, KindOf(doc, "Madagascar"));
    }

    [Fact]
    public void Annotate_CompanyWithAHyphenatedName_GoesOnByItsFirstPart()
    {
        var doc = Analyze("Carlsberg agreed to buy Holsten-Brauerei AG. Carlsberg will pay 41 euros a share for Holsten's shares, and Holsten's board agreed.");

        Assert.All(doc.Mentions.Where(m => m.IsName && m.Text == "Holsten"), m => Assert.Equal(MentionKind.Organization, m.Kind));
        Assert.Equal(2, doc.Mentions.Count(m => m.IsName && m.Text == "Holsten"));
    }

    [Theory]
    [InlineData("U.N. Secretary-General Boutros Boutros-Ghali said the fighters had taken Goma.", "Boutros Boutros-Ghali")]
    [InlineData("Talks failed, while in Pakistan Benazir Bhutto accused the government of plotting.", "Benazir Bhutto")]
    public void Annotate_PersonAfterACountryOrWithARepeatedName_IsOnePerson(string text, string person)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Person, KindOf(doc, person));
    }

    [Fact]
    public void Annotate_HyphenatedCreedOfPeoples_IsAGroup()
    {
        var doc = Analyze("Leaders met at the Ibero-American summit in Santiago.");

        Assert.DoesNotContain(doc.Mentions, m => m.IsName && m.Text == "Ibero-American");
        Assert.Equal(OtherKind.Group, OtherKindOf(doc, "Ibero-American"));
    }

    [Fact]
    public void Annotate_GivenNameOpeningAPlaceAfterIn_IsThePlace()
    {
        var doc = Analyze("That was the case when he played Paire in Monte Carlo in April.");

        Assert.Equal(MentionKind.Place, KindOf(doc, "Monte Carlo"));
    }

    [Fact]
    public void Annotate_KnownPersonCoordinatedWithAPlace_StaysAPerson()
    {
        var doc = Analyze("There are more differences between Sulla and Trump than similarities.");

        Assert.Equal(MentionKind.Person, KindOf(doc, "Trump"));
    }

    [Fact]
    public void Annotate_CreedsWordOpeningAPersonsName_IsTheGivenName()
    {
        var doc = Analyze("Christian Wolmar, who has written books on railway history, will stand. The Christian Democrats won.");

        Assert.Equal(MentionKind.Person, KindOf(doc, "Christian Wolmar"));
        Assert.NotEqual(MentionKind.Person, KindOf(doc, "Christian Democrats"));
    }

    [Theory]
    [InlineData("He was born on July 16, 1949, in Houston, Texas and played football.", "Texas")]
    [InlineData("The company moved from Plano, Texas, to Denver, Colorado, last year.", "Colorado")]
    public void Annotate_RegionAfterATownAndAComma_IsAPlace(string text, string region)
    {
        var doc = Analyze(text);

        Assert.Equal(MentionKind.Place, KindOf(doc, region));
    }

    [Fact]
    public void Annotate_BodysHeadEndingAPersonReadByTheTagger_MakesNoSurname()
    {
        var doc = Analyze("Cristiano League joined the club in May. The League said the season would start on Friday, and the League's board agreed.");

        Assert.DoesNotContain(doc.Mentions, m => m.IsName && m.Text == "League" && m.Kind == MentionKind.Person);
    }

    [Fact]
    public void Annotate_VenueByItsTwoLastWords_IsAPlace()
    {
        var doc = Analyze("The talks were held at the Arusha International Conference Centre on Monday.");

        Assert.Equal(MentionKind.Place, KindOf(doc, "Arusha International Conference Centre"));
    }
}
