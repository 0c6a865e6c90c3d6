using Corroborate.Storage;
using Spectre.Console;

namespace Corroborate.Cli;

/// <summary>A user error: printed as one line, exit code 1.</summary>
internal sealed class CliException(string message, int exitCode = 1) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}

internal static class Cli
{
    /// <summary>Runs a command body: user errors become one line on stderr and a non-zero exit, never a stack trace.</summary>
    public static int Run(Func<int> body)
    {
        try { return body(); }
        catch (CliException e) { return Fail(e.Message, e.ExitCode); }
        catch (StoreException e) { return Fail(e.Message, 2); }
        catch (Pipeline.JudgementException e) { return Fail(e.Message, 1); }
        catch (OperationCanceledException) { return Fail("cancelled", 130); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return Fail(e.Message, 2); }
        catch (Exception e) { return Fail($"internal error: {e.GetType().Name}: {e.Message.Split('\n')[0]}", 70); }
    }

    private static int Fail(string message, int code)
    {
        Console.Error.WriteLine("corroborate: " + message);
        return code;
    }

    public static readonly string DefaultDb = Environment.GetEnvironmentVariable("CORROBORATE_DB") is { Length: > 0 } env ? env : SqliteStore.DefaultFileName;

    public static IAnsiConsole Err { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
}
