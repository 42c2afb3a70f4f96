using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Skipper.Web.Modules.Content.Values.Data;
using Skipper.Web.Platform.Data;
using Skipper.Web.Platform.Identity;
using Skipper.Web.Platform.Onboarding;

namespace Skipper.Web.Modules.Content.Values.Admin;

public sealed record AdminValueRow(Guid Id, string Name, int SortOrder, bool IsRetired, DateTimeOffset? UpdatedAt);

public sealed record NewValue(string? Name, int? SortOrder);

/// <summary>A change to a value: a new name, a new place in the list, or both. What is left out stays.</summary>
public sealed record ValueChange(string? Name, int? SortOrder);

/// <summary>
/// The administrator's values list. Not personal data, so nothing is audited; the row keeps who changed it last.
/// The tenant filter keeps every query inside the administrator's municipality, so another's id is not found.
/// </summary>
public sealed class ValuesAdmin(AppDbContext db, TimeProvider clock)
{
    public async Task<IReadOnlyList<AdminValueRow>> ListAsync()
    {
        var rows = await db.Set<TenantValue>().AsNoTracking().ToListAsync();
        return rows.OrderBy(v => v.IsRetired).ThenBy(v => v.SortOrder).ThenBy(v => v.Name, ValuesList.NorwegianOrder)
            .Select(ToRow).ToList();
    }

    public async Task<AdminValueRow?> FindAsync(Guid id) =>
        await db.Set<TenantValue>().AsNoTracking().Where(v => v.Id == id).Select(v => ToRow(v)).FirstOrDefaultAsync();

    public async Task<Outcome<AdminValueRow>> CreateAsync(ClaimsPrincipal admin, NewValue? request)
    {
        var (name, nameError) = ValueRules.CheckName(request?.Name);
        var errors = new[] { nameError, ValueRules.CheckSortOrder(request?.SortOrder) }.OfType<FieldError>().ToList();
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        if (ValueRules.Taken(await db.Set<TenantValue>().AsNoTracking().ToListAsync(), name) is { } taken)
        {
            return taken;
        }
        var now = clock.GetUtcNow();
        var value = new TenantValue
        {
            TenantId = admin.TenantId() ?? throw new InvalidOperationException("An administrator has a municipality."),
            Id = Guid.NewGuid(),
            Name = name,
            NameKey = TenantValue.KeyOf(name),
            SortOrder = request?.SortOrder ?? 0,
            CreatedAt = now,
            UpdatedAt = now,
            UpdatedBy = admin.UserId(),
        };
        db.Set<TenantValue>().Add(value);
        return await SaveAsync(value);
    }

    public async Task<Outcome<AdminValueRow>> UpdateAsync(ClaimsPrincipal admin, Guid id, ValueChange? change)
    {
        if (change is null || (change.Name is null && change.SortOrder is null))
        {
            return Refusal.Invalid([new FieldError("name", "Values.Error.NothingToChange")]);
        }
        var (name, nameError) = change.Name is null ? ("", null) : ValueRules.CheckName(change.Name);
        var errors = new[] { nameError, ValueRules.CheckSortOrder(change.SortOrder) }.OfType<FieldError>().ToList();
        if (errors.Count > 0)
        {
            return Refusal.Invalid(errors);
        }
        var all = await db.Set<TenantValue>().ToListAsync();
        if (all.Find(v => v.Id == id) is not { } value)
        {
            return NotFound;
        }
        if (change.Name is not null && ValueRules.Taken(all, name, except: id) is { } taken)
        {
            return taken;
        }
        if (change.Name is not null)
        {
            value.Name = name;
            value.NameKey = TenantValue.KeyOf(name);
        }
        value.SortOrder = change.SortOrder ?? value.SortOrder;
        Touch(admin, value);
        return await SaveAsync(value);
    }

    public Task<Outcome<AdminValueRow>> RetireAsync(ClaimsPrincipal admin, Guid id) => SetRetiredAsync(admin, id, retired: true);

    public Task<Outcome<AdminValueRow>> RestoreAsync(ClaimsPrincipal admin, Guid id) => SetRetiredAsync(admin, id, retired: false);

    private async Task<Outcome<AdminValueRow>> SetRetiredAsync(ClaimsPrincipal admin, Guid id, bool retired)
    {
        if (await db.Set<TenantValue>().FirstOrDefaultAsync(v => v.Id == id) is not { } value)
        {
            return NotFound;
        }
        value.IsRetired = retired;
        Touch(admin, value);
        return await SaveAsync(value);
    }

    private static Refusal NotFound => Refusal.Of(RefusalKind.NotFound, "Values.Error.NotFound");

    private void Touch(ClaimsPrincipal admin, TenantValue value)
    {
        value.UpdatedAt = clock.GetUtcNow();
        value.UpdatedBy = admin.UserId();
    }

    private async Task<Outcome<AdminValueRow>> SaveAsync(TenantValue value)
    {
        try
        {
            await db.SaveChangesAsync();
        }
        catch (DbUpdateException)
        {
            // Two administrators chose the same name at once; the unique index kept the list clean.
            db.ChangeTracker.Clear();
            if (!await db.Set<TenantValue>().AnyAsync(v => v.NameKey == value.NameKey && v.Id != value.Id))
            {
                throw;
            }
            return Refusal.Of(RefusalKind.Conflict, "Values.Error.NameTaken", "name");
        }
        return ToRow(value);
    }

    private static AdminValueRow ToRow(TenantValue v) => new(v.Id, v.Name, v.SortOrder, v.IsRetired, v.UpdatedAt);
}
