using System.Data.Common;
using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace FeedbackBench;

/// <summary>
/// Writes plain entity objects straight into their tables, with table and column names, value converters and store
/// types taken from Skipper's own EF model. SQLite: one prepared INSERT per table, bound again for each row, inside
/// the caller's transaction. PostgreSQL: binary COPY, one per table and call.
/// </summary>
internal sealed class Bulk(DbContext db)
{
    private readonly Dictionary<Type, Table> tables = [];

    public async Task WriteAsync<T>(DbConnection connection, DbTransaction? transaction, IReadOnlyList<T> rows)
        where T : class
    {
        if (rows.Count == 0)
        {
            return;
        }
        var table = TableOf(typeof(T));
        if (connection is SqliteConnection)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = $"INSERT INTO {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) VALUES ({string.Join(", ", table.Columns.Select((_, i) => "@p" + i))})";
            for (var c = 0; c < table.Columns.Count; c++)
            {
                command.Parameters.Add(table.Columns[c].Mapping.CreateParameter(command, "@p" + c, table.Columns[c].Raw(rows[0]), nullable: true));
            }
            command.Prepare();
            foreach (var row in rows)
            {
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    command.Parameters[c].Value = table.Columns[c].Value(row) ?? DBNull.Value;
                }
                command.ExecuteNonQuery();
            }
            return;
        }
        var npgsql = (NpgsqlConnection)connection;
        await using var writer = await npgsql.BeginBinaryImportAsync(
            $"COPY {table.Name} ({string.Join(", ", table.Columns.Select(c => c.Name))}) FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            await writer.StartRowAsync();
            foreach (var column in table.Columns)
            {
                var value = column.Value(row);
                if (value is null)
                {
                    await writer.WriteNullAsync();
                }
                else
                {
                    column.Copy(writer, value);
                }
            }
        }
        await writer.CompleteAsync();
    }

    private sealed record Column(string Name, RelationalTypeMapping Mapping, Func<object, object?> Raw, Func<object, object?> Value, Action<NpgsqlBinaryImporter, object> Copy);

    private sealed record Table(string Name, List<Column> Columns);

    private Table TableOf(Type type)
    {
        if (tables.TryGetValue(type, out var known))
        {
            return known;
        }
        var sql = db.GetService<ISqlGenerationHelper>();
        var entity = db.Model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the model");
        var store = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties().Select(property =>
        {
            var mapping = (RelationalTypeMapping)property.GetTypeMapping();
            var get = Getter(type, property.PropertyInfo ?? throw new InvalidOperationException($"{type.Name}.{property.Name} has no CLR property"));
            var converter = mapping.Converter;
            Func<object, object?> value = converter is null ? get : row => get(row) is { } v ? converter.ConvertToProvider(v) : null;
            var providerType = converter?.ProviderClrType ?? mapping.ClrType;
            return new Column(sql.DelimitIdentifier(property.GetColumnName(store)!), mapping, get, value,
                CopyWriter(Nullable.GetUnderlyingType(providerType) ?? providerType, mapping.StoreTypeNameBase));
        }).ToList();
        return tables[type] = new Table(sql.DelimitIdentifier(entity.GetTableName()!, entity.GetSchema()), columns);
    }

    /// <summary>row => (object?)((T)row).Property, compiled once: reflection per value is too slow for millions of rows.</summary>
    private static Func<object, object?> Getter(Type type, System.Reflection.PropertyInfo property)
    {
        var row = Expression.Parameter(typeof(object));
        var body = Expression.Convert(Expression.Property(Expression.Convert(row, type), property), typeof(object));
        return Expression.Lambda<Func<object, object?>>(body, row).Compile();
    }

    /// <summary>(writer, value) => writer.Write((T)value, storeType): the typed overload, so COPY sends the column's own type.</summary>
    private static Action<NpgsqlBinaryImporter, object> CopyWriter(Type clrType, string storeType)
    {
        var writer = Expression.Parameter(typeof(NpgsqlBinaryImporter));
        var value = Expression.Parameter(typeof(object));
        var write = typeof(NpgsqlBinaryImporter).GetMethods()
            .Single(m => m.Name == nameof(NpgsqlBinaryImporter.Write) && m.IsGenericMethod && m.GetParameters() is [_, { ParameterType: var p }] && p == typeof(string))
            .MakeGenericMethod(clrType);
        var call = Expression.Call(writer, write, Expression.Convert(value, clrType), Expression.Constant(storeType));
        return Expression.Lambda<Action<NpgsqlBinaryImporter, object>>(call, writer, value).Compile();
    }
}
