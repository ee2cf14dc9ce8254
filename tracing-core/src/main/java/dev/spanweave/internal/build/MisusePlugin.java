package dev.spanweave.internal.build;

import com.sun.source.util.JavacTask;
import com.sun.source.util.Plugin;
import com.sun.source.util.TaskEvent;
import com.sun.source.util.TaskListener;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;

/**
 * Runs spanweave's build-time checks ({@link MisuseRules}) in every javac compilation that has
 * tracing-core on its class path, on every JDK from 17.
 *
 * <p>Since JDK 23 javac runs annotation processors found on the class path only when asked to
 * ({@code -proc:full}, JDK-8321314), but it still starts plug-ins that declare {@link #autoStart()}:
 * so the checks need no compiler flag. {@code -Xplugin:"spanweave misuse=warn"} turns the errors
 * into warnings.
 */
public final class MisusePlugin implements Plugin {

  static final String NAME = "spanweave";
  static final String WARN_ONLY = "misuse=warn";

  /** Created by javac's service loader. */
  public MisusePlugin() {}

  @Override
  public String getName() {
    return NAME;
  }

  @Override
  public boolean autoStart() {
    return true;
  }

  @Override
  public void init(JavacTask task, String... args) {
    Compilations compilation =
        Compilations.checkedByPlugin(task.getElements(), List.of(args).contains(WARN_ONLY));
    Trees trees = Trees.instance(task);
    Set<TypeElement> checked = new HashSet<>();
    task.addTaskListener(new TaskListener() {
      @Override
      public void finished(TaskEvent event) {
        if (event.getKind() != TaskEvent.Kind.ANALYZE || event.getTypeElement() == null) {
          return;
        }
        MisuseRules.check(event.getTypeElement(), checked, (element, message) -> {
          TreePath path = trees.getPath(element);
          if (path != null && !MisuseRules.isSuppressed(element)) {
            trees.printMessage(compilation.kind(), message, path.getLeaf(),
                path.getCompilationUnit());
          }
        });
      }
    });
  }
}
