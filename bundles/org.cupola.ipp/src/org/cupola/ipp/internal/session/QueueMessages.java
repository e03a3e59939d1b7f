package org.cupola.ipp.internal.session;

import org.eclipse.osgi.util.NLS;

/** The words of class operations and of copying or renaming a queue, from {@code queuemessages.properties}. */
@SuppressWarnings("javadoc")
public final class QueueMessages extends NLS {

	private static final String BUNDLE_NAME = "org.cupola.ipp.internal.session.queuemessages"; //$NON-NLS-1$

	public static String Op_addModifyClass;
	public static String Op_getClassMembers;
	public static String Op_deleteClass;
	public static String Op_create;
	public static String Op_defaults;
	public static String Op_state;
	public static String Copy_renaming;
	public static String Copy_duplicating;
	public static String Copy_targetExists;
	public static String Copy_sameName;
	public static String Copy_jobsLeft;
	public static String Copy_created;
	public static String Copy_createdClass;
	public static String Copy_withPpd;
	public static String Copy_defaults;
	public static String Copy_joinedClasses;
	public static String Copy_state;
	public static String Copy_movedJobs;
	public static String Copy_madeDefault;
	public static String Copy_deleted;
	public static String Copy_stopped;
	public static String Copy_cancelled;
	public static String Copy_sourceKept;
	public static String Copy_sourceGone;
	public static String Step_read;
	public static String Step_ppd;
	public static String Step_create;
	public static String Step_defaults;
	public static String Step_classes;
	public static String Step_state;
	public static String Step_jobs;
	public static String Step_delete;

	static {
		NLS.initializeMessages(BUNDLE_NAME, QueueMessages.class);
	}

	private QueueMessages() {
	}
}
