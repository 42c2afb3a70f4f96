using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Community.Offers.Data;
using Skipper.Web.Modules.Community.Offers.Hours;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Input;
using Skipper.Web.Platform.Localization;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Community.Offers.Catalogue;

/// <summary>The catalogue's question: words, category, provider type, when (now or week) and the page (from 1).</summary>
public sealed record OfferSearchRequest(string? Q, string? Category, string? ProviderType, string? When, int? Page);

/// <summary>One offer in the results list.</summary>
public sealed record OfferListItem(
    Guid Id, string Title, string Organisation, ProviderType ProviderType, OfferCategory Category, string PlaceName,
    string Municipality, string Schedule, JoiningWay Joining, DateOnly LastCheckedOn, bool Stale, bool OpenNow);

/// <summary>One page of results and the question as understood (the query trimmed, unknown filters refused).</summary>
public sealed record OfferSearchResult(
    string Q, OfferCategory? Category, ProviderType? ProviderType, string? When, int Total, int Page, int PageSize, IReadOnlyList<OfferListItem> Items)
{
    public int Pages => Math.Max(1, (Total + PageSize - 1) / PageSize);
}

/// <summary>Searches the municipality's offers. Words and filters run in the database; "now" and "week" on the hours.</summary>
public sealed class OfferSearch(AppDbContext db, TimeProvider clock)
{
    public const int PageSize = 25;
    public const string Now = "now";
    public const string Week = "week";

    public async Task<Outcome<OfferSearchResult>> SearchAsync(OfferSearchRequest request)
    {
        var errors = new List<FieldError>();
        var category = Parse<OfferCategory>(errors, "category", "Community.Offers.Error.Category", request.Category);
        var providerType = Parse<ProviderType>(errors, "providerType", "Community.Offers.Error.ProviderType", request.ProviderType);
        var when = string.IsNullOrWhiteSpace(request.When) ? null : request.When.Trim().ToLowerInvariant();
        if (when is not (null or Now or Week))
        {
            errors.Add(new FieldError("when", "Community.Offers.Error.When"));
        }
        if (errors.Count > 0)
        {
            return InputRules.Invalid(errors);
        }
        var local = clock.GetUtcNow().InNorway().DateTime;
        var today = DateOnly.FromDateTime(local);
        var words = SearchWords.From(request.Q);
        var matching = Filter(words, category, providerType);
        var page = Math.Clamp(request.Page ?? 1, 1, 10_000);
        List<Row> rows;
        int total;
        Dictionary<Guid, OfferHours> hours;
        if (when is null)
        {
            if (words.Count > 0)
            {
                // The word filter reads every offer's text: run it once for the ids in order, then read one page by id.
                var ordered = await matching.OrderBy(o => o.Title).ThenBy(o => o.Id).Select(o => o.Id).ToListAsync();
                total = ordered.Count;
                var pageIds = ordered.Skip((page - 1) * PageSize).Take(PageSize).ToList();
                rows = await Rows(db.Set<Offer>().AsNoTracking().Where(o => pageIds.Contains(o.Id))).ToListAsync();
            }
            else
            {
                total = await matching.CountAsync();
                rows = await Rows(matching).Skip((page - 1) * PageSize).Take(PageSize).ToListAsync();
            }
            var ids = rows.Select(r => r.Id).ToList();
            // By the page's ids only: the word filter is not run again for the hours.
            hours = await OfferHoursQuery.ReadAsync(db, db.Set<Offer>().Where(o => ids.Contains(o.Id)).Select(o => o.Id), today);
        }
        else
        {
            if (when == Now)
            {
                matching = OpenAround(matching, today, TimeOnly.FromDateTime(local));
            }
            var all = await Rows(matching).ToListAsync();
            hours = await OfferHoursQuery.ReadAsync(db, matching.Select(o => o.Id), today);
            var open = all.Where(r => when == Now
                ? OpeningRule.IsOpenAt(HoursOf(hours, r), local)
                : OpeningRule.IsOpenThisWeek(HoursOf(hours, r), local)).ToList();
            total = open.Count;
            rows = open.Skip((page - 1) * PageSize).Take(PageSize).ToList();
        }
        var items = rows.Select(r => r.ToItem(StaleRule.IsStale(r.LastCheckedOn, today), OpeningRule.IsOpenAt(HoursOf(hours, r), local))).ToList();
        return new OfferSearchResult(SearchWords.Shown(request.Q), category, providerType, when, total, page, PageSize, items);
    }

    private IQueryable<Offer> Filter(IReadOnlyList<string> words, OfferCategory? category, ProviderType? providerType)
    {
        var offers = db.Set<Offer>().AsNoTracking();
        foreach (var word in words)
        {
            // LIKE rather than Contains: PostgreSQL's trigram index (OfferWordIndex) serves LIKE, not strpos. Words are
            // letters and digits only (SearchWords), so they hold no LIKE wildcards, and both sides are lower case.
            var pattern = "%" + word + "%";
            offers = offers.Where(o => EF.Functions.Like(o.SearchText, pattern));
        }
        if (category is { } c)
        {
            offers = offers.Where(o => o.Category == c);
        }
        if (providerType is { } type)
        {
            var organisations = db.Set<OfferOrganisation>().Where(g => g.Type == type).Select(g => g.Id);
            offers = offers.Where(o => organisations.Contains(o.OrganisationId));
        }
        return offers;
    }

    /// <summary>
    /// Offers that may be open at this time today: a weekly slot or an exception with hours covers it. The exact rule
    /// (closed days, start and end dates) then runs on these few in memory, instead of on every offer.
    /// </summary>
    private IQueryable<Offer> OpenAround(IQueryable<Offer> offers, DateOnly today, TimeOnly time)
    {
        var day = today.DayOfWeek;
        var bySlot = db.Set<OfferSlot>().Where(s => s.Day == day && s.From <= time && time < s.To).Select(s => s.OfferId);
        var byException = db.Set<OfferException>().Where(e => e.On == today && !e.Closed && e.From <= time && time < e.To).Select(e => e.OfferId);
        return offers.Where(o => bySlot.Contains(o.Id) || byException.Contains(o.Id));
    }

    private IQueryable<Row> Rows(IQueryable<Offer> offers) =>
        from o in offers
        join g in db.Set<OfferOrganisation>() on o.OrganisationId equals g.Id
        orderby o.Title, o.Id
        select new Row(o.Id, o.Title, g.Name, g.Type, o.Category, o.PlaceName, o.Municipality, o.Schedule, o.Joining, o.LastCheckedOn, o.StartsOn, o.EndsOn);

    private static OfferHours HoursOf(Dictionary<Guid, OfferHours> hours, Row row) =>
        (hours.GetValueOrDefault(row.Id) ?? OfferHours.None) with { StartsOn = row.StartsOn, EndsOn = row.EndsOn };

    private static T? Parse<T>(List<FieldError> errors, string field, string key, string? value)
        where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }
        if (EnumNames.TryParse<T>(value, out var parsed))
        {
            return parsed;
        }
        errors.Add(new FieldError(field, key));
        return null;
    }

    private sealed record Row(
        Guid Id, string Title, string Organisation, ProviderType ProviderType, OfferCategory Category, string PlaceName,
        string Municipality, string Schedule, JoiningWay Joining, DateOnly LastCheckedOn, DateOnly? StartsOn, DateOnly? EndsOn)
    {
        public OfferListItem ToItem(bool stale, bool openNow) =>
            new(Id, Title, Organisation, ProviderType, Category, PlaceName, Municipality, Schedule, Joining, LastCheckedOn, stale, openNow);
    }
}
